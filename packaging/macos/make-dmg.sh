#!/usr/bin/env bash
# Make dist/incubator-desk-<version>-macos-<arch>.dmg from the .app that build.py made, then
# sign and notarise it when the environment says how (each step is skipped, with a message,
# when its variables are unset: an unsigned disk image opens after a Gatekeeper warning).
#
#   MACOS_SIGN_IDENTITY   "Developer ID Application: Name (TEAMID)", a certificate in the
#                         keychain. build.py passes it to PyInstaller, which signs every
#                         library and the .app with the hardened runtime and
#                         packaging/macos/entitlements.plist; here it signs the disk image.
#   MACOS_NOTARY_PROFILE  a notarytool keychain profile (`xcrun notarytool store-credentials`),
#   or APPLE_ID, APPLE_TEAM_ID and APPLE_APP_PASSWORD (an app-specific password).
#
#   bash packaging/macos/make-dmg.sh "dist/Incubator Desk.app" 0.1.0
set -euo pipefail

app=${1:?usage: make-dmg.sh APP VERSION}
version=${2:?usage: make-dmg.sh APP VERSION}
[[ -d "$app" ]] || { echo "make-dmg.sh: $app does not exist: build it first" >&2; exit 1; }
out="$(dirname "$app")/incubator-desk-${version}-macos-$(uname -m).dmg"

staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"  # drag the app onto it to install
rm -f "$out"
hdiutil create -volname "Incubator Desk ${version}" -srcfolder "$staging" -fs HFS+ \
    -format UDZO -imagekey zlib-level=9 "$out"
echo "made $out"

if [[ -z "${MACOS_SIGN_IDENTITY:-}" ]]; then
    echo "MACOS_SIGN_IDENTITY is not set: the app and the disk image are not signed, and" \
        "Gatekeeper will warn on first opening (see packaging/README.md)."
    exit 0
fi
codesign --verify --deep --strict --verbose=2 "$app"
codesign --force --timestamp --sign "$MACOS_SIGN_IDENTITY" "$out"
echo "signed $out"

notary=()
if [[ -n "${MACOS_NOTARY_PROFILE:-}" ]]; then
    notary=(--keychain-profile "$MACOS_NOTARY_PROFILE")
elif [[ -n "${APPLE_ID:-}" && -n "${APPLE_TEAM_ID:-}" && -n "${APPLE_APP_PASSWORD:-}" ]]; then
    notary=(--apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" --password "$APPLE_APP_PASSWORD")
else
    echo "Neither MACOS_NOTARY_PROFILE nor APPLE_ID/APPLE_TEAM_ID/APPLE_APP_PASSWORD is set:" \
        "$out is signed but not notarised."
    exit 0
fi
xcrun notarytool submit "$out" "${notary[@]}" --wait
xcrun stapler staple "$out"
spctl --assess --type open --context context:primary-signature --verbose "$out"
echo "notarised and stapled $out"
