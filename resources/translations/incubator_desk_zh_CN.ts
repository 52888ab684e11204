<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActivityPage</name>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports.py" line="40"/>
        <source>Activity log</source>
        <translation>操作日志</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports.py" line="43"/>
        <source>Search by record type, summary or operator…</source>
        <translation>按记录类型、摘要或操作员搜索…</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../src/incubator_desk/app.py" line="66"/>
        <source>Making the demo database…</source>
        <translation>正在生成演示数据库…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/app.py" line="91"/>
        <location filename="../../src/incubator_desk/app.py" line="107"/>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/app.py" line="111"/>
        <source>Open another…</source>
        <translation>打开其他数据库…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/app.py" line="114"/>
        <source>Use the default database</source>
        <translation>使用默认数据库</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/app.py" line="122"/>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/tenants.py" line="23"/>
        <source>Name (Chinese)</source>
        <translation>企业名称（中文）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/tenants.py" line="24"/>
        <source>Name (English)</source>
        <translation>企业名称（英文）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/tenants.py" line="25"/>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/tenants.py" line="26"/>
        <source>Stage</source>
        <translation>孵化阶段</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/tenants.py" line="27"/>
        <source>Entry date</source>
        <translation>入孵日期</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/tenants.py" line="28"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces.py" line="23"/>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces.py" line="24"/>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces.py" line="25"/>
        <source>Unit</source>
        <translation>房间</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces.py" line="26"/>
        <location filename="../../src/incubator_desk/ui/pages/training.py" line="23"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces.py" line="27"/>
        <source>Area (m²)</source>
        <translation>面积（m²）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces.py" line="28"/>
        <source>Desks</source>
        <translation>工位数</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/funding.py" line="34"/>
        <location filename="../../src/incubator_desk/ui/pages/mentoring.py" line="26"/>
        <location filename="../../src/incubator_desk/ui/pages/spaces.py" line="29"/>
        <location filename="../../src/incubator_desk/ui/pages/training.py" line="27"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces.py" line="30"/>
        <source>Held by today</source>
        <translation>当前使用企业</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/mentoring.py" line="21"/>
        <location filename="../../src/incubator_desk/ui/pages/training.py" line="21"/>
        <source>Starts</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/mentoring.py" line="22"/>
        <source>Mentor</source>
        <translation>导师</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/funding.py" line="30"/>
        <location filename="../../src/incubator_desk/ui/pages/mentoring.py" line="23"/>
        <source>Tenant</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/mentoring.py" line="24"/>
        <source>Service</source>
        <translation>服务类型</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/mentoring.py" line="25"/>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/training.py" line="22"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/training.py" line="24"/>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/training.py" line="25"/>
        <source>Registered</source>
        <translation>已报名</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/training.py" line="26"/>
        <source>Waiting list</source>
        <translation>候补</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/funding.py" line="31"/>
        <source>Fund</source>
        <translation>基金</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/funding.py" line="32"/>
        <source>Requested (¥)</source>
        <translation>申请金额（¥）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/funding.py" line="33"/>
        <source>Approved (¥)</source>
        <translation>批准金额（¥）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/funding.py" line="35"/>
        <source>In this status since</source>
        <translation>进入当前状态时间</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports.py" line="24"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports.py" line="26"/>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports.py" line="28"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports.py" line="30"/>
        <source>Record type</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports.py" line="32"/>
        <source>Record</source>
        <translation>记录编号</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports.py" line="33"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/dashboard.py" line="90"/>
        <source>Dashboard</source>
        <translation>仪表盘</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/dashboard.py" line="97"/>
        <source>Figures as of %1</source>
        <translation>数据截至 %1</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/dashboard.py" line="108"/>
        <source>Tenants in incubation</source>
        <translation>在孵企业</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/dashboard.py" line="113"/>
        <source>Occupancy by area</source>
        <translation>面积出租率</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/dashboard.py" line="115"/>
        <source>%1 of %2 m² let; %3 of %4 units</source>
        <translation>已出租 %1 / %2 m²；%3 / %4 个房间</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/dashboard.py" line="122"/>
        <source>Allocations ending</source>
        <translation>即将到期的租赁</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/dashboard.py" line="124"/>
        <source>within the next 60 days</source>
        <translation>未来 60 天内到期</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/dashboard.py" line="127"/>
        <source>Mentoring this week</source>
        <translation>本周辅导</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/dashboard.py" line="129"/>
        <source>sessions; %1 active mentors</source>
        <translation>次辅导；在册导师 %1 名</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/dashboard.py" line="132"/>
        <source>Upcoming events</source>
        <translation>近期活动</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/dashboard.py" line="134"/>
        <source>in the next 30 days</source>
        <translation>未来 30 天内</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/dashboard.py" line="137"/>
        <source>Open applications</source>
        <translation>进行中的融资申请</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/dashboard.py" line="139"/>
        <source>%1 funds; ¥%2 committed</source>
        <translation>%1 个基金；已承诺 ¥%2</translation>
    </message>
</context>
<context>
    <name>FundingPage</name>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/funding.py" line="78"/>
        <source>Funding</source>
        <translation>投融资</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/funding.py" line="81"/>
        <source>Search by tenant or fund…</source>
        <translation>按企业或基金搜索…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/funding.py" line="87"/>
        <source>Funds and loan products</source>
        <translation>基金与金融产品</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/funding.py" line="88"/>
        <source>Applications</source>
        <translation>融资申请</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/funding.py" line="91"/>
        <source>Fund</source>
        <translation>基金</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/funding.py" line="92"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/funding.py" line="93"/>
        <source>Size (¥)</source>
        <translation>规模（¥）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/funding.py" line="94"/>
        <source>Committed (¥)</source>
        <translation>已承诺（¥）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/funding.py" line="95"/>
        <source>Disbursed (¥)</source>
        <translation>已拨付（¥）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/funding.py" line="96"/>
        <source>Available (¥)</source>
        <translation>可用额度（¥）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/funding.py" line="97"/>
        <source>Deals</source>
        <translation>项目数</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/incubator_desk/ui/main_window.py" line="197"/>
        <source>No recent databases</source>
        <translation>没有最近打开的数据库</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/main_window.py" line="204"/>
        <source>Clear the list</source>
        <translation>清空列表</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/main_window.py" line="239"/>
        <location filename="../../src/incubator_desk/ui/main_window.py" line="247"/>
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/main_window.py" line="249"/>
        <source>%1 already exists. A new database never replaces an existing file: choose another name, or use Open to open it.</source>
        <translation>%1 已存在。新建数据库不会覆盖已有文件：请换一个文件名，或使用“打开”来打开它。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/main_window.py" line="259"/>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/main_window.py" line="273"/>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/main_window.py" line="280"/>
        <source>Upgraded the database; the previous version was saved as %1</source>
        <translation>数据库已升级；升级前的版本已备份为 %1</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/main_window.py" line="298"/>
        <location filename="../../src/incubator_desk/ui/main_window.py" line="299"/>
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/main_window.py" line="302"/>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/main_window.py" line="313"/>
        <source>About Incubator Desk</source>
        <translation>关于孵化器管理台</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/main_window.py" line="315"/>
        <source>Incubator Desk %1

Tenant register, spaces, mentoring, training and funding for tech-business incubators.

Database: %2
Schema version: %3 (this version of the application: %4)</source>
        <translation>孵化器管理台 %1

面向科技企业孵化器的在孵企业、空间、辅导、培训与投融资管理。

数据库：%2
数据结构版本：%3（本程序版本：%4）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/main_window.py" line="327"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/main_window.py" line="328"/>
        <source>&amp;New database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/main_window.py" line="329"/>
        <source>&amp;Open database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/main_window.py" line="330"/>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/main_window.py" line="331"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/main_window.py" line="332"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/main_window.py" line="333"/>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/main_window.py" line="334"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/main_window.py" line="335"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/main_window.py" line="336"/>
        <source>&amp;About Incubator Desk</source>
        <translation>关于孵化器管理台(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/main_window.py" line="338"/>
        <source>Dashboard</source>
        <translation>仪表盘</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/main_window.py" line="339"/>
        <source>Tenants</source>
        <translation>在孵企业</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/main_window.py" line="340"/>
        <source>Spaces</source>
        <translation>空间</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/main_window.py" line="341"/>
        <source>Mentoring</source>
        <translation>创业辅导</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/main_window.py" line="342"/>
        <source>Training</source>
        <translation>培训活动</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/main_window.py" line="343"/>
        <source>Funding</source>
        <translation>投融资</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/main_window.py" line="344"/>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/main_window.py" line="345"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
</context>
<context>
    <name>MentoringPage</name>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/mentoring.py" line="33"/>
        <source>Mentoring sessions</source>
        <translation>辅导记录</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/mentoring.py" line="36"/>
        <source>Search by mentor or topic…</source>
        <translation>按导师或主题搜索…</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message numerus="yes">
        <location filename="../../src/incubator_desk/ui/pages/register_page.py" line="124"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/register_page.py" line="153"/>
        <source>Search…</source>
        <translation>搜索…</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/settings_page.py" line="144"/>
        <location filename="../../src/incubator_desk/ui/pages/settings_page.py" line="175"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/settings_page.py" line="148"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/settings_page.py" line="153"/>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/settings_page.py" line="156"/>
        <source>This computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/settings_page.py" line="157"/>
        <source>&amp;Language:</source>
        <translation>界面语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/settings_page.py" line="162"/>
        <source>Same as the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/settings_page.py" line="167"/>
        <source>Incubator (shared by everyone using this database)</source>
        <translation>孵化器信息（使用此数据库的所有人共享）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/settings_page.py" line="168"/>
        <source>Name in &amp;Chinese:</source>
        <translation>中文名称(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/settings_page.py" line="170"/>
        <source>Name in &amp;English:</source>
        <translation>英文名称(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/settings_page.py" line="172"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/settings_page.py" line="173"/>
        <source>&amp;Revert</source>
        <translation>还原(&amp;R)</translation>
    </message>
</context>
<context>
    <name>SpacesPage</name>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces.py" line="38"/>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces.py" line="44"/>
        <source>Spaces</source>
        <translation>空间</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces.py" line="47"/>
        <source>Search by unit code…</source>
        <translation>按房间编号搜索…</translation>
    </message>
</context>
<context>
    <name>TenantsPage</name>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/tenants.py" line="36"/>
        <source>All stages</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/tenants.py" line="44"/>
        <source>Tenants</source>
        <translation>在孵企业</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/tenants.py" line="47"/>
        <source>Search by name, credit code, contact or phone…</source>
        <translation>按企业名称、信用代码、联系人或电话搜索…</translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/training.py" line="34"/>
        <source>Training events</source>
        <translation>培训活动</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/training.py" line="37"/>
        <source>Search by title or speaker…</source>
        <translation>按标题或讲师搜索…</translation>
    </message>
</context>
<context>
    <name>database</name>
    <message>
        <location filename="../../src/incubator_desk/db/migrate.py" line="30"/>
        <source>{path} is not an Incubator Desk database (it is not a SQLite file). Choose another file, or create a new database.</source>
        <translation>{path} 不是孵化器管理台的数据库（它不是 SQLite 文件）。请选择其他文件，或新建数据库。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/db/migrate.py" line="35"/>
        <source>{path} cannot be read as a database ({detail}). It may be damaged: restore it from a backup in the backups folder.</source>
        <translation>无法读取数据库 {path}（{detail}）。文件可能已损坏：请从 backups 文件夹中的备份恢复。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/db/migrate.py" line="40"/>
        <source>Cannot connect to the database server: {detail}</source>
        <translation>无法连接数据库服务器：{detail}</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/db/migrate.py" line="41"/>
        <source>the upgrade would leave rows of {table} (first: row {rowid}) referring to records that do not exist</source>
        <translation>升级后 {table} 中将有记录（第一条：第 {rowid} 行）引用不存在的记录</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/db/migrate.py" line="46"/>
        <source>{path} is not an Incubator Desk database: it holds other tables. Choose another file, or create a new database.</source>
        <translation>{path} 不是孵化器管理台的数据库：其中包含其他程序的数据表。请选择其他文件，或新建数据库。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/db/migrate.py" line="51"/>
        <source>{path} was written by a newer version of Incubator Desk (schema {revision}; this version knows up to {head}). Install the newer version to open it. The file was not changed.</source>
        <translation>{path} 由更新版本的孵化器管理台创建（数据结构版本 {revision}；本程序最高支持 {head}）。请安装新版本后再打开。文件未被修改。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/db/migrate.py" line="57"/>
        <source>{path} could not be brought up to date ({detail}). Nothing was changed.</source>
        <translation>无法升级 {path}（{detail}）。未做任何修改。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/db/migrate.py" line="60"/>
        <source>{path} could not be brought up to date ({detail}). Nothing was changed. A copy from before the upgrade is at {backup}.</source>
        <translation>无法升级 {path}（{detail}）。未做任何修改。升级前的副本保存在 {backup}。</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../src/incubator_desk/db/uow.py" line="32"/>
        <source>This record was changed by someone else after you opened it. Reload it and make your change again.</source>
        <translation>您打开此记录后，它已被其他人修改。请重新载入后再修改。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/db/uow.py" line="37"/>
        <source>This record no longer exists. It may have been removed by someone else.</source>
        <translation>此记录已不存在，可能已被其他人删除。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/db/uow.py" line="40"/>
        <source>The database is busy or locked by another program. Wait a moment and try again.</source>
        <translation>数据库正忙或被其他程序锁定。请稍候再试。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/db/uow.py" line="44"/>
        <source>The change was refused by the database: {detail}. Nothing was saved.</source>
        <translation>数据库拒绝了此次修改：{detail}。未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/settings.py" line="58"/>
        <source>Give the incubator&apos;s name in at least one language.</source>
        <translation>请至少填写一种语言的孵化器名称。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/creditcode.py" line="21"/>
        <source>A unified social credit code has 18 characters; {count} were given.</source>
        <translation>统一社会信用代码应为 18 位，当前输入了 {count} 位。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/creditcode.py" line="25"/>
        <source>Character {position} of the credit code, “{char}”, is not allowed: only digits and the capital letters A–Y are used, and never I, O, S, V or Z.</source>
        <translation>信用代码第 {position} 位“{char}”不合法：只能使用数字和大写字母 A–Y，且不使用 I、O、S、V、Z。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/creditcode.py" line="30"/>
        <source>The last character of the credit code should be “{expected}”, not “{given}”: a character is probably mistyped.</source>
        <translation>信用代码最后一位（校验码）应为“{expected}”，而不是“{given}”：可能有字符输错。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/demo.py" line="96"/>
        <source>The database already holds {count} tenants. Demo data is only written into an empty database; use --force to add it anyway.</source>
        <translation>数据库中已有 {count} 家在孵企业。演示数据只写入空数据库；如仍要添加，请使用 --force。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/demo.py" line="101"/>
        <source>The number of demo tenants must be at least 1.</source>
        <translation>演示企业数量至少为 1。</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../src/incubator_desk/services/labels.py" line="11"/>
        <source>Pre-incubation</source>
        <translation>苗圃</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/labels.py" line="12"/>
        <source>Incubating</source>
        <translation>在孵</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/labels.py" line="13"/>
        <source>Accelerating</source>
        <translation>加速</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/labels.py" line="14"/>
        <source>Graduated</source>
        <translation>毕业</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/labels.py" line="15"/>
        <source>Exited</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/labels.py" line="16"/>
        <source>Private office</source>
        <translation>独立办公室</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/labels.py" line="17"/>
        <source>Open-desk area</source>
        <translation>开放工位区</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/labels.py" line="18"/>
        <source>Lab</source>
        <translation>实验室</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/labels.py" line="19"/>
        <location filename="../../src/incubator_desk/services/labels.py" line="36"/>
        <source>Workshop</source>
        <translation>工作坊</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/labels.py" line="20"/>
        <source>Meeting room</source>
        <translation>会议室</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/labels.py" line="21"/>
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/labels.py" line="22"/>
        <source>Available</source>
        <translation>可用</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/labels.py" line="23"/>
        <source>Under maintenance</source>
        <translation>维护中</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/labels.py" line="24"/>
        <source>Retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/labels.py" line="25"/>
        <source>Entrepreneurship coaching</source>
        <translation>创业辅导</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/labels.py" line="26"/>
        <source>Management training</source>
        <translation>管理培训</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/labels.py" line="27"/>
        <source>Policy consulting</source>
        <translation>政策咨询</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/labels.py" line="28"/>
        <source>R&amp;D services</source>
        <translation>研发服务</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/labels.py" line="29"/>
        <source>Financing match-making</source>
        <translation>融资对接</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/labels.py" line="30"/>
        <source>Planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/labels.py" line="31"/>
        <source>Held</source>
        <translation>已举行</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/labels.py" line="32"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/labels.py" line="33"/>
        <source>On site</source>
        <translation>现场</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/labels.py" line="34"/>
        <source>Online</source>
        <translation>线上</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/labels.py" line="35"/>
        <source>Training</source>
        <translation>培训活动</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/labels.py" line="37"/>
        <source>Roadshow</source>
        <translation>路演</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/labels.py" line="38"/>
        <source>Demo day</source>
        <translation>项目展示日</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/labels.py" line="39"/>
        <source>Policy briefing</source>
        <translation>政策宣讲</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/labels.py" line="40"/>
        <source>Equity</source>
        <translation>股权投资</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/labels.py" line="41"/>
        <source>Convertible note</source>
        <translation>可转债</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/labels.py" line="42"/>
        <source>Grant</source>
        <translation>资助</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/labels.py" line="43"/>
        <source>Loan product</source>
        <translation>贷款产品</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/labels.py" line="44"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/labels.py" line="45"/>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/labels.py" line="46"/>
        <source>Screening</source>
        <translation>初筛</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/labels.py" line="47"/>
        <source>Due diligence</source>
        <translation>尽职调查</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/labels.py" line="48"/>
        <source>Investment committee</source>
        <translation>投资决策委员会</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/labels.py" line="49"/>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/labels.py" line="50"/>
        <source>Rejected</source>
        <translation>已否决</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/labels.py" line="51"/>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/labels.py" line="52"/>
        <source>Agreement signed</source>
        <translation>已签约</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/labels.py" line="53"/>
        <source>Disbursed</source>
        <translation>已拨付</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/labels.py" line="54"/>
        <source>Closed</source>
        <translation>已结项</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/labels.py" line="55"/>
        <source>Created</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/labels.py" line="56"/>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/labels.py" line="57"/>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/labels.py" line="58"/>
        <source>Archived</source>
        <translation>归档</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/labels.py" line="59"/>
        <source>Moved</source>
        <translation>迁移</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/labels.py" line="60"/>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/labels.py" line="61"/>
        <source>Generated</source>
        <translation>生成</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/labels.py" line="66"/>
        <source>Tenant</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/labels.py" line="67"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/labels.py" line="68"/>
        <source>Stage change</source>
        <translation>阶段变更</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/labels.py" line="69"/>
        <source>Quarterly figures</source>
        <translation>季度经营数据</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/labels.py" line="70"/>
        <source>Investment received</source>
        <translation>获得投资</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/labels.py" line="71"/>
        <source>Unit</source>
        <translation>房间</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/labels.py" line="72"/>
        <source>Allocation</source>
        <translation>入驻分配</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/labels.py" line="73"/>
        <source>Booking</source>
        <translation>预订</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/labels.py" line="74"/>
        <source>Mentor</source>
        <translation>导师</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/labels.py" line="75"/>
        <source>Mentoring session</source>
        <translation>辅导记录</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/labels.py" line="76"/>
        <source>Training event</source>
        <translation>培训活动</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/labels.py" line="77"/>
        <source>Registration</source>
        <translation>报名</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/labels.py" line="78"/>
        <source>Fund</source>
        <translation>基金</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/labels.py" line="79"/>
        <source>Application</source>
        <translation>融资申请</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/labels.py" line="80"/>
        <source>Setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/labels.py" line="81"/>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/labels.py" line="85"/>
        <source>Local operator</source>
        <translation>本机操作员</translation>
    </message>
</context>
</TS>
