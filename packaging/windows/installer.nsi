; Incubator Desk's Windows installer (NSIS 3, Modern UI 2), in Chinese and English.
;
; A per-user install: no administrator needed. The program goes to
; %LOCALAPPDATA%\Programs\Incubator Desk, with a Start-menu shortcut and an entry in
; Settings → Apps. The uninstaller removes the program and leaves the person's data
; (%LOCALAPPDATA%\IncubatorDesk\incubator-desk: database, backups, log) unless they tick
; "Also delete my data". Installing a newer version over an older one replaces the program
; files and keeps the data.
;
; Built by `python packaging/build.py --installer`, which passes:
;   VERSION   the version, e.g. 0.1.0        VERSION4  as four numbers, e.g. 0.1.0.0
;   DIST      the dist/incubator-desk folder  OUTFILE   the installer to write
;   ICON      resources/icons/incubator-desk.ico
;   CHECK_ONLY (defined off Windows) no compression: only the script is being checked
; See packaging/README.md.

Unicode true
ManifestDPIAware true
RequestExecutionLevel user

!macro REQUIRE NAME
  !ifndef ${NAME}
    !error "${NAME} is not defined: build through python packaging/build.py --installer"
  !endif
!macroend
!insertmacro REQUIRE VERSION
!insertmacro REQUIRE VERSION4
!insertmacro REQUIRE DIST
!insertmacro REQUIRE OUTFILE
!insertmacro REQUIRE ICON

!define APP_NAME "Incubator Desk"
!define APP_NAME_ZH "孵化器管理台"
!define GUI_EXE "incubator-desk.exe"
!define CLI_EXE "incubator-desk-cli.exe"
!define PUBLISHER "Incubator Desk"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\IncubatorDesk"
; Where the program keeps its data and settings (platformdirs and QSettings, see paths.py).
!define DATA_DIR "$LOCALAPPDATA\IncubatorDesk\incubator-desk"
!define SETTINGS_KEY "Software\IncubatorDesk"

!ifdef CHECK_ONLY
  SetCompress off
!else
  SetCompressor /SOLID lzma
!endif

Name "${APP_NAME} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP_NAME}"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
BrandingText "${APP_NAME} ${VERSION}"

VIProductVersion "${VERSION4}"
VIAddVersionKey /LANG=0 "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileDescription" "${APP_NAME} ${VERSION} setup"
VIAddVersionKey /LANG=0 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=0 "LegalCopyright" "© ${PUBLISHER}"

!include "MUI2.nsh"
!include "LogicLib.nsh"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_LANGDLL_ALLLANGUAGES
; Remember the language chosen, for the uninstaller and the next upgrade.
!define MUI_LANGDLL_REGISTRY_ROOT "HKCU"
!define MUI_LANGDLL_REGISTRY_KEY "${UNINSTALL_KEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "InstallerLanguage"

!define MUI_FINISHPAGE_RUN "$INSTDIR\${GUI_EXE}"
!define MUI_FINISHPAGE_RUN_TEXT "$(RunNow)"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_COMPONENTS
!insertmacro MUI_UNPAGE_INSTFILES

; The first language is the default when the system's is neither.
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "SimpChinese"

LangString RunNow ${LANG_ENGLISH} "Start ${APP_NAME} now"
LangString RunNow ${LANG_SIMPCHINESE} "立即启动${APP_NAME_ZH}"
LangString SecProgram ${LANG_ENGLISH} "${APP_NAME} (required)"
LangString SecProgram ${LANG_SIMPCHINESE} "${APP_NAME_ZH}（必需）"
LangString SecProgramDesc ${LANG_ENGLISH} "The program and a Start-menu shortcut."
LangString SecProgramDesc ${LANG_SIMPCHINESE} "程序本身和开始菜单快捷方式。"
LangString SecDesktop ${LANG_ENGLISH} "Desktop shortcut"
LangString SecDesktop ${LANG_SIMPCHINESE} "桌面快捷方式"
LangString SecDesktopDesc ${LANG_ENGLISH} "A shortcut on the desktop."
LangString SecDesktopDesc ${LANG_SIMPCHINESE} "在桌面上放一个快捷方式。"
LangString StillRunning ${LANG_ENGLISH} "${APP_NAME} is still running. Close it, then choose Retry."
LangString StillRunning ${LANG_SIMPCHINESE} "${APP_NAME_ZH}仍在运行。请先关闭它，然后点击“重试”。"
LangString ShortcutName ${LANG_ENGLISH} "${APP_NAME}"
LangString ShortcutName ${LANG_SIMPCHINESE} "${APP_NAME_ZH}"
LangString UnProgram ${LANG_ENGLISH} "Remove the program"
LangString UnProgram ${LANG_SIMPCHINESE} "删除程序"
LangString UnProgramDesc ${LANG_ENGLISH} "The program files and shortcuts. Your data stays."
LangString UnProgramDesc ${LANG_SIMPCHINESE} "删除程序文件和快捷方式，您的数据保留。"
LangString UnData ${LANG_ENGLISH} "Also delete my data"
LangString UnData ${LANG_SIMPCHINESE} "同时删除我的数据"
LangString UnDataDesc ${LANG_ENGLISH} "Deletes the database, its backups, the log and the window settings in ${DATA_DIR}. This cannot be undone."
LangString UnDataDesc ${LANG_SIMPCHINESE} "删除 ${DATA_DIR} 中的数据库、备份、日志和窗口设置。此操作无法撤销。"

; --- install ------------------------------------------------------------------------------------
Function .onInit
  SetShellVarContext current
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

; A running copy holds its files open: ask the person to close it rather than fail half-way.
!macro WAIT_UNTIL_CLOSED
  ${If} ${FileExists} "$INSTDIR\${GUI_EXE}"
    retry:
    ClearErrors
    Rename "$INSTDIR\${GUI_EXE}" "$INSTDIR\${GUI_EXE}.check"
    ${If} ${Errors}
      MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(StillRunning)" IDRETRY retry
      Abort
    ${EndIf}
    Rename "$INSTDIR\${GUI_EXE}.check" "$INSTDIR\${GUI_EXE}"
  ${EndIf}
!macroend

Section "$(SecProgram)" SecProgram
  SectionIn RO
  SetShellVarContext current
  !insertmacro WAIT_UNTIL_CLOSED
  ; An upgrade replaces the program files entirely, so none of the old version's linger.
  ; The data folder is elsewhere and is not touched.
  RMDir /r "$INSTDIR\_internal"
  SetOutPath "$INSTDIR"
  File /r "${DIST}/*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortcut "$SMPROGRAMS\$(ShortcutName).lnk" "$INSTDIR\${GUI_EXE}" "" "$INSTDIR\${GUI_EXE}" 0

  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "$(ShortcutName)"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${GUI_EXE}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Section /o "$(SecDesktop)" SecDesktop
  SetShellVarContext current
  CreateShortcut "$DESKTOP\$(ShortcutName).lnk" "$INSTDIR\${GUI_EXE}" "" "$INSTDIR\${GUI_EXE}" 0
SectionEnd

!insertmacro MUI_FUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${SecProgram} "$(SecProgramDesc)"
  !insertmacro MUI_DESCRIPTION_TEXT ${SecDesktop} "$(SecDesktopDesc)"
!insertmacro MUI_FUNCTION_DESCRIPTION_END

; --- uninstall ----------------------------------------------------------------------------------
Function un.onInit
  SetShellVarContext current
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd

Section "un.$(UnProgram)" UnProgram
  SectionIn RO
  SetShellVarContext current
  !insertmacro WAIT_UNTIL_CLOSED
  ; Only what the installer put there: the folder may have been chosen by hand.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${GUI_EXE}"
  Delete "$INSTDIR\${CLI_EXE}"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  Delete "$SMPROGRAMS\${APP_NAME}.lnk"
  Delete "$SMPROGRAMS\${APP_NAME_ZH}.lnk"
  Delete "$DESKTOP\${APP_NAME}.lnk"
  Delete "$DESKTOP\${APP_NAME_ZH}.lnk"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
SectionEnd

; Not ticked unless the person asks: the data outlives the program.
Section /o "un.$(UnData)" UnData
  RMDir /r "${DATA_DIR}"
  RMDir "$LOCALAPPDATA\IncubatorDesk"
  DeleteRegKey HKCU "${SETTINGS_KEY}"
SectionEnd

!insertmacro MUI_UNFUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${UnProgram} "$(UnProgramDesc)"
  !insertmacro MUI_DESCRIPTION_TEXT ${UnData} "$(UnDataDesc)"
!insertmacro MUI_UNFUNCTION_DESCRIPTION_END
