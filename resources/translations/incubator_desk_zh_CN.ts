<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActivityPage</name>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/registers.py" line="236"/>
        <source>Activity log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/registers.py" line="239"/>
        <source>Search by record type, summary or operator…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/registers.py" line="36"/>
        <source>Name (Chinese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/registers.py" line="37"/>
        <source>Name (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/registers.py" line="38"/>
        <source>Credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/registers.py" line="39"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/registers.py" line="40"/>
        <source>Entry date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/registers.py" line="41"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/registers.py" line="66"/>
        <source>Building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/registers.py" line="67"/>
        <source>Floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/registers.py" line="68"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/registers.py" line="69"/>
        <location filename="../../src/incubator_desk/ui/pages/registers.py" line="122"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/registers.py" line="70"/>
        <source>Area (m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/registers.py" line="71"/>
        <source>Desks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/registers.py" line="72"/>
        <location filename="../../src/incubator_desk/ui/pages/registers.py" line="103"/>
        <location filename="../../src/incubator_desk/ui/pages/registers.py" line="126"/>
        <location filename="../../src/incubator_desk/ui/pages/registers.py" line="149"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/registers.py" line="73"/>
        <source>Held by today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/registers.py" line="98"/>
        <location filename="../../src/incubator_desk/ui/pages/registers.py" line="120"/>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/registers.py" line="99"/>
        <source>Mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/registers.py" line="100"/>
        <location filename="../../src/incubator_desk/ui/pages/registers.py" line="145"/>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/registers.py" line="101"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/registers.py" line="102"/>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/registers.py" line="121"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/registers.py" line="123"/>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/registers.py" line="124"/>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/registers.py" line="125"/>
        <source>Waiting list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/registers.py" line="146"/>
        <source>Fund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/registers.py" line="147"/>
        <source>Requested (¥)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/registers.py" line="148"/>
        <source>Approved (¥)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/registers.py" line="150"/>
        <source>In this status since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/registers.py" line="225"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/registers.py" line="226"/>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/registers.py" line="227"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/registers.py" line="228"/>
        <source>Record type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/registers.py" line="229"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/registers.py" line="230"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/dashboard.py" line="90"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/dashboard.py" line="97"/>
        <source>Figures as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/dashboard.py" line="108"/>
        <source>Tenants in incubation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/dashboard.py" line="113"/>
        <source>Occupancy by area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/dashboard.py" line="115"/>
        <source>%1 of %2 m² let; %3 of %4 units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/dashboard.py" line="122"/>
        <source>Allocations ending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/dashboard.py" line="124"/>
        <source>within the next 60 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/dashboard.py" line="127"/>
        <source>Mentoring this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/dashboard.py" line="129"/>
        <source>sessions; %1 active mentors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/dashboard.py" line="132"/>
        <source>Upcoming events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/dashboard.py" line="134"/>
        <source>in the next 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/dashboard.py" line="137"/>
        <source>Open applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/dashboard.py" line="139"/>
        <source>%1 funds; ¥%2 committed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FundingPage</name>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/registers.py" line="193"/>
        <source>Funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/registers.py" line="196"/>
        <source>Search by tenant or fund…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/registers.py" line="202"/>
        <source>Funds and loan products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/registers.py" line="203"/>
        <source>Applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/registers.py" line="206"/>
        <source>Fund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/registers.py" line="207"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/registers.py" line="208"/>
        <source>Size (¥)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/registers.py" line="209"/>
        <source>Committed (¥)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/registers.py" line="210"/>
        <source>Disbursed (¥)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/registers.py" line="211"/>
        <source>Available (¥)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/registers.py" line="212"/>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/incubator_desk/ui/main_window.py" line="174"/>
        <source>No recent databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/main_window.py" line="181"/>
        <source>Clear the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/main_window.py" line="214"/>
        <location filename="../../src/incubator_desk/ui/main_window.py" line="222"/>
        <source>New database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/main_window.py" line="224"/>
        <source>%1 already exists. A new database never replaces an existing file: choose another name, or use Open to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/main_window.py" line="233"/>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/main_window.py" line="244"/>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/main_window.py" line="256"/>
        <source>Upgraded the database; the previous version was saved as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/main_window.py" line="264"/>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/main_window.py" line="271"/>
        <source>About Incubator Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/main_window.py" line="273"/>
        <source>Incubator Desk %1

Tenant register, spaces, mentoring, training and funding for tech-business incubators.

Database: %2
Schema version: %3 (this version of the application: %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/main_window.py" line="285"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/main_window.py" line="286"/>
        <source>&amp;New database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/main_window.py" line="287"/>
        <source>&amp;Open database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/main_window.py" line="288"/>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/main_window.py" line="289"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/main_window.py" line="290"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/main_window.py" line="291"/>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/main_window.py" line="292"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/main_window.py" line="293"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/main_window.py" line="294"/>
        <source>&amp;About Incubator Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/main_window.py" line="296"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/main_window.py" line="297"/>
        <source>Tenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/main_window.py" line="298"/>
        <source>Spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/main_window.py" line="299"/>
        <source>Mentoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/main_window.py" line="300"/>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/main_window.py" line="301"/>
        <source>Funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/main_window.py" line="302"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/main_window.py" line="303"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MentoringPage</name>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/registers.py" line="109"/>
        <source>Mentoring sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/registers.py" line="112"/>
        <source>Search by mentor or topic…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message numerus="yes">
        <location filename="../../src/incubator_desk/ui/pages/register_page.py" line="114"/>
        <source>%n record(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/register_page.py" line="142"/>
        <source>Search…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/settings_page.py" line="120"/>
        <location filename="../../src/incubator_desk/ui/pages/settings_page.py" line="147"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/settings_page.py" line="124"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/settings_page.py" line="128"/>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/settings_page.py" line="129"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/settings_page.py" line="134"/>
        <source>Same as the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/settings_page.py" line="139"/>
        <source>Incubator (shared by everyone using this database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/settings_page.py" line="140"/>
        <source>Name in &amp;Chinese:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/settings_page.py" line="142"/>
        <source>Name in &amp;English:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/settings_page.py" line="144"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/settings_page.py" line="145"/>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpacesPage</name>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/registers.py" line="81"/>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/registers.py" line="87"/>
        <source>Spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/registers.py" line="90"/>
        <source>Search by unit code…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TenantsPage</name>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/registers.py" line="49"/>
        <source>All stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/registers.py" line="55"/>
        <source>Tenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/registers.py" line="58"/>
        <source>Search by name, credit code, contact or phone…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/registers.py" line="132"/>
        <source>Training events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/registers.py" line="135"/>
        <source>Search by title or speaker…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../src/incubator_desk/db/uow.py" line="31"/>
        <source>This record was changed by someone else after you opened it. Reload it and make your change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/db/uow.py" line="36"/>
        <source>This record no longer exists. It may have been removed by someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/db/uow.py" line="39"/>
        <source>The database is busy or locked by another program. Wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/db/uow.py" line="43"/>
        <source>The change was refused by the database: {detail}. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/settings.py" line="58"/>
        <source>Give the incubator&apos;s name in at least one language.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../src/incubator_desk/services/labels.py" line="11"/>
        <source>Pre-incubation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/labels.py" line="12"/>
        <source>Incubating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/labels.py" line="13"/>
        <source>Accelerating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/labels.py" line="14"/>
        <source>Graduated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/labels.py" line="15"/>
        <source>Exited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/labels.py" line="16"/>
        <source>Private office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/labels.py" line="17"/>
        <source>Open-desk area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/labels.py" line="18"/>
        <source>Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/labels.py" line="19"/>
        <location filename="../../src/incubator_desk/services/labels.py" line="36"/>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/labels.py" line="20"/>
        <source>Meeting room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/labels.py" line="21"/>
        <source>Warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/labels.py" line="22"/>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/labels.py" line="23"/>
        <source>Under maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/labels.py" line="24"/>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/labels.py" line="25"/>
        <source>Entrepreneurship coaching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/labels.py" line="26"/>
        <source>Management training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/labels.py" line="27"/>
        <source>Policy consulting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/labels.py" line="28"/>
        <source>R&amp;D services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/labels.py" line="29"/>
        <source>Financing match-making</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/labels.py" line="30"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/labels.py" line="31"/>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/labels.py" line="32"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/labels.py" line="33"/>
        <source>On site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/labels.py" line="34"/>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/labels.py" line="35"/>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/labels.py" line="37"/>
        <source>Roadshow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/labels.py" line="38"/>
        <source>Demo day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/labels.py" line="39"/>
        <source>Policy briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/labels.py" line="40"/>
        <source>Equity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/labels.py" line="41"/>
        <source>Convertible note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/labels.py" line="42"/>
        <source>Grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/labels.py" line="43"/>
        <source>Loan product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/labels.py" line="44"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/labels.py" line="45"/>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/labels.py" line="46"/>
        <source>Screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/labels.py" line="47"/>
        <source>Due diligence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/labels.py" line="48"/>
        <source>Investment committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/labels.py" line="49"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/labels.py" line="50"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/labels.py" line="51"/>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/labels.py" line="52"/>
        <source>Agreement signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/labels.py" line="53"/>
        <source>Disbursed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/labels.py" line="54"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
