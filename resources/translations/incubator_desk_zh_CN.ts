<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/about.py" line="77"/>
        <source>About Incubator Desk</source>
        <translation>关于孵化器管理台</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/about.py" line="88"/>
        <source>Tenant register, spaces, mentoring, training and funding for tech-business incubators.</source>
        <translation>面向科技企业孵化器的在孵企业登记、场地、导师辅导、培训与资金管理。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/about.py" line="102"/>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/about.py" line="103"/>
        <source>Schema version (database / this version):</source>
        <translation>数据结构版本（数据库 / 本程序）：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/about.py" line="104"/>
        <source>Data folder:</source>
        <translation>数据文件夹：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/about.py" line="105"/>
        <source>Log file:</source>
        <translation>日志文件：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/about.py" line="106"/>
        <source>Qt:</source>
        <translation>Qt：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/about.py" line="107"/>
        <source>PySide6:</source>
        <translation>PySide6：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/about.py" line="108"/>
        <source>Python:</source>
        <translation>Python：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/about.py" line="109"/>
        <source>System:</source>
        <translation>操作系统：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/about.py" line="126"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
</context>
<context>
    <name>Access</name>
    <message>
        <location filename="../../src/incubator_desk/ui/toolkit/access.py" line="185"/>
        <source>%1 (time)</source>
        <translation>%1（时间）</translation>
    </message>
</context>
<context>
    <name>AccountForm</name>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/sign_in.py" line="130"/>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/sign_in.py" line="136"/>
        <source>Sign-in &amp;name:</source>
        <translation>登录名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/sign_in.py" line="137"/>
        <source>&amp;Full name:</source>
        <translation>姓名(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/sign_in.py" line="138"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/sign_in.py" line="139"/>
        <source>&amp;Again:</source>
        <translation>再次输入(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/sign_in.py" line="143"/>
        <source>e.g. wangfang</source>
        <translation>例如 wangfang</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/sign_in.py" line="144"/>
        <source>e.g. 王芳, as others see it</source>
        <translation>例如 王芳，其他人看到的名称</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/sign_in.py" line="146"/>
        <source>at least %1 characters</source>
        <translation>至少 %1 个字符</translation>
    </message>
</context>
<context>
    <name>AccountsSettings</name>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/accounts_settings.py" line="83"/>
        <location filename="../../src/incubator_desk/ui/pages/accounts_settings.py" line="242"/>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/accounts_settings.py" line="87"/>
        <source>Sign-in name</source>
        <translation>登录名</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/accounts_settings.py" line="88"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/accounts_settings.py" line="89"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/accounts_settings.py" line="90"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/accounts_settings.py" line="92"/>
        <source>Last sign-in</source>
        <translation>上次登录</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/accounts_settings.py" line="94"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/accounts_settings.py" line="101"/>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/accounts_settings.py" line="103"/>
        <source>Locked until %1</source>
        <translation>锁定至 %1</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/accounts_settings.py" line="104"/>
        <source>Active</source>
        <translation>生效中</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/accounts_settings.py" line="119"/>
        <source>This database has no accounts: whoever opens it works as the automatic local administrator, without signing in. That suits one person on one computer. When several people use it, create the first administrator: from then on everyone signs in, and each account&apos;s role decides what it may change.</source>
        <translation>此数据库没有账户：打开它的人都以自动本地管理员身份工作，无需登录。这适合一人一台电脑使用。多人使用时，请创建第一个管理员：此后每个人都需登录，每个账户的角色决定其可以修改什么。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/accounts_settings.py" line="125"/>
        <source>Nobody is signed in.</source>
        <translation>当前没有人登录。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/accounts_settings.py" line="128"/>
        <source>Signed in as %1 (%2). Accounts are disabled, never deleted: the history names who made each change.</source>
        <translation>已登录：%1（%2）。账户只会停用，不会删除：历史记录会注明每项修改是谁做的。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/accounts_settings.py" line="132"/>
        <source>Signed in as %1 (%2). Only an administrator manages accounts.</source>
        <translation>已登录：%1（%2）。只有管理员可以管理账户。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/accounts_settings.py" line="144"/>
        <source>&amp;Enable</source>
        <translation>启用(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/accounts_settings.py" line="144"/>
        <source>&amp;Disable</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/accounts_settings.py" line="201"/>
        <source>Disable an account</source>
        <translation>停用账户</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/accounts_settings.py" line="203"/>
        <source>Disable %1? They can no longer sign in; what they did stays in the history, and an administrator can enable the account again.</source>
        <translation>停用 %1？停用后将无法登录；其所做的操作仍保留在历史记录中，管理员可以重新启用该账户。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/accounts_settings.py" line="218"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/accounts_settings.py" line="218"/>
        <source>Your password is changed.</source>
        <translation>您的密码已修改。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/accounts_settings.py" line="228"/>
        <source>everything, including accounts, shared settings and restoring</source>
        <translation>全部操作，包括账户、共享设置和恢复备份</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/accounts_settings.py" line="230"/>
        <source>views and reports only</source>
        <translation>仅查看和报表</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/accounts_settings.py" line="232"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/accounts_settings.py" line="235"/>
        <source>A reviewer sees only the applications assigned to them, and the other reviewers&apos; scores once they have submitted their own. Every role sees the views and reports.</source>
        <translation>评审人只能看到分配给自己的融资申请，并在提交自己的评分后才能看到其他评审人的评分。所有角色都可以查看页面和报表。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/accounts_settings.py" line="241"/>
        <source>Accounts and roles</source>
        <translation>账户和角色</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/accounts_settings.py" line="243"/>
        <source>Create the &amp;first administrator…</source>
        <translation>创建第一个管理员(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/accounts_settings.py" line="244"/>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/accounts_settings.py" line="245"/>
        <source>Reset &amp;password…</source>
        <translation>重置密码(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/accounts_settings.py" line="246"/>
        <source>R&amp;ole…</source>
        <translation>角色(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/accounts_settings.py" line="247"/>
        <source>&amp;Change my password…</source>
        <translation>修改我的密码(&amp;C)…</translation>
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/account_dialogs.py" line="82"/>
        <source>Add an account</source>
        <translation>添加账户</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/account_dialogs.py" line="83"/>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/account_dialogs.py" line="84"/>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
</context>
<context>
    <name>AllocationDialog</name>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/allocation_dialog.py" line="46"/>
        <source>%1 of %2 desks free</source>
        <translation>%2 个工位空 %1 个</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/allocation_dialog.py" line="51"/>
        <source>vacant</source>
        <translation>空置</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/incubator_desk/ui/dialogs/allocation_dialog.py" line="55"/>
        <source> and %n more</source>
        <translation>
            <numerusform> 等 %n 家</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/allocation_dialog.py" line="59"/>
        <source>held by %1 until %2</source>
        <translation>由 %1 使用至 %2</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/allocation_dialog.py" line="63"/>
        <source>held by %1, no end date</source>
        <translation>由 %1 使用，未设结束日期</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/allocation_dialog.py" line="83"/>
        <source>Change allocation</source>
        <translation>修改分配</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/allocation_dialog.py" line="83"/>
        <source>Allocate space</source>
        <translation>分配空间</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/allocation_dialog.py" line="89"/>
        <source>&amp;Unit:</source>
        <translation>房间(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/allocation_dialog.py" line="90"/>
        <source>Unit</source>
        <translation>房间</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/allocation_dialog.py" line="100"/>
        <source>Type part of the code or the holder…</source>
        <translation>输入房间号或使用企业名称的一部分…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/allocation_dialog.py" line="110"/>
        <location filename="../../src/incubator_desk/ui/dialogs/allocation_dialog.py" line="115"/>
        <source>&amp;Tenant:</source>
        <translation>企业(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/allocation_dialog.py" line="116"/>
        <source>Type part of the name…</source>
        <translation>输入企业名称的一部分…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/allocation_dialog.py" line="121"/>
        <source>&amp;Desks:</source>
        <translation>工位数(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/allocation_dialog.py" line="125"/>
        <source>&amp;From:</source>
        <translation>起始日期(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/allocation_dialog.py" line="136"/>
        <source>&amp;No end date</source>
        <translation>不设结束日期(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/allocation_dialog.py" line="139"/>
        <source>&amp;Until (last day):</source>
        <translation>截止日期(含)(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/allocation_dialog.py" line="143"/>
        <source>Agreed monthly &amp;rent:</source>
        <translation>约定月租金(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/allocation_dialog.py" line="151"/>
        <source>Subsidy &amp;policy:</source>
        <translation>补贴政策(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/allocation_dialog.py" line="152"/>
        <source>No subsidy</source>
        <translation>无补贴</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/allocation_dialog.py" line="164"/>
        <source>&amp;Override with a fixed subsidy of</source>
        <translation>改用固定补贴比例(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/allocation_dialog.py" line="174"/>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/allocation_dialog.py" line="260"/>
        <source>List rent: %1 a month (%2 %3)</source>
        <translation>挂牌租金：每月 %1（%2 %3）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/allocation_dialog.py" line="294"/>
        <source>Choose a unit.</source>
        <translation>请选择房间。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/allocation_dialog.py" line="297"/>
        <source>Choose a tenant from the list.</source>
        <translation>请从列表中选择企业。</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../src/incubator_desk/ui/demo.py" line="30"/>
        <source>Making the demo database…</source>
        <translation>正在生成演示数据库…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/app.py" line="71"/>
        <location filename="../../src/incubator_desk/app.py" line="88"/>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
</context>
<context>
    <name>ApplicationCommitteeTab</name>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_tabs.py" line="302"/>
        <source>&amp;Record decision…</source>
        <translation>记录决议(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_tabs.py" line="310"/>
        <source>Meeting</source>
        <translation>会议日期</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_tabs.py" line="311"/>
        <source>Members present</source>
        <translation>出席委员</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_tabs.py" line="312"/>
        <source>For</source>
        <translation>赞成</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_tabs.py" line="313"/>
        <source>Against</source>
        <translation>反对</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_tabs.py" line="314"/>
        <source>Abstained</source>
        <translation>弃权</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_tabs.py" line="315"/>
        <source>Decision</source>
        <translation>决议</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_tabs.py" line="316"/>
        <source>Amount (¥)</source>
        <translation>金额（¥）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_tabs.py" line="317"/>
        <source>Conditions</source>
        <translation>附加条件</translation>
    </message>
</context>
<context>
    <name>ApplicationDetailsTab</name>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_details.py" line="72"/>
        <source>Worked out from the amount and valuation</source>
        <translation>根据金额和估值自动计算</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_details.py" line="78"/>
        <source>&amp;Fund:</source>
        <translation>基金(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_details.py" line="79"/>
        <source>&amp;Tenant:</source>
        <translation>企业(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_details.py" line="80"/>
        <source>&amp;Amount requested (¥):</source>
        <translation>申请金额（¥）(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_details.py" line="81"/>
        <source>&amp;Instrument:</source>
        <translation>融资方式(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_details.py" line="82"/>
        <source>&amp;Pre-money valuation (¥):</source>
        <translation>投前估值（¥）(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_details.py" line="83"/>
        <source>Resulting &amp;stake (%):</source>
        <translation>对应股权比例（%）(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_details.py" line="84"/>
        <source>&amp;Use of funds:</source>
        <translation>资金用途(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_details.py" line="85"/>
        <source>&amp;Milestones:</source>
        <translation>里程碑(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_details.py" line="97"/>
        <source>&amp;Save details</source>
        <translation>保存信息(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_details.py" line="166"/>
        <source>Choose a tenant from the list.</source>
        <translation>请从列表中选择企业。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_details.py" line="168"/>
        <source>Choose a fund.</source>
        <translation>请选择基金。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_details.py" line="170"/>
        <source>Give the amount requested.</source>
        <translation>请填写申请金额。</translation>
    </message>
</context>
<context>
    <name>ApplicationDialog</name>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_tabs.py" line="46"/>
        <source>Business plan</source>
        <translation>商业计划书</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_tabs.py" line="47"/>
        <source>Financial statements</source>
        <translation>财务报表</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_tabs.py" line="48"/>
        <source>Agreement</source>
        <translation>协议</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_tabs.py" line="49"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_tabs.py" line="52"/>
        <source>Planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_tabs.py" line="53"/>
        <source>Paid</source>
        <translation>已拨付</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_tabs.py" line="54"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_tabs.py" line="55"/>
        <source>Approved</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_tabs.py" line="56"/>
        <source>Rejected</source>
        <translation>否决</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_tabs.py" line="57"/>
        <source>Deferred</source>
        <translation>暂缓</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_dialog.py" line="87"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_dialog.py" line="76"/>
        <source>&amp;Details</source>
        <translation>基本信息(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_dialog.py" line="77"/>
        <source>&amp;Reviews</source>
        <translation>评审(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_dialog.py" line="78"/>
        <source>&amp;Committee</source>
        <translation>投决会(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_dialog.py" line="79"/>
        <source>Dis&amp;bursements</source>
        <translation>拨付(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_dialog.py" line="80"/>
        <source>Doc&amp;uments</source>
        <translation>附件(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_dialog.py" line="81"/>
        <source>&amp;History</source>
        <translation>历程(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_dialog.py" line="113"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_dialog.py" line="138"/>
        <source>New application</source>
        <translation>新建申请</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_dialog.py" line="139"/>
        <source>New application: fill in the details and save.</source>
        <translation>新建申请：填写信息后保存。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_dialog.py" line="143"/>
        <location filename="../../src/incubator_desk/ui/dialogs/application_dialog.py" line="166"/>
        <source>Move to…</source>
        <translation>移至…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_dialog.py" line="147"/>
        <source>Application</source>
        <translation>融资申请</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_dialog.py" line="154"/>
        <source>Application no. %1</source>
        <translation>申请 %1 号</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_dialog.py" line="156"/>
        <source>%1 → %2 · %3 since %4</source>
        <translation>%1 → %2 · 自 %4 起%3</translation>
    </message>
</context>
<context>
    <name>ApplicationDocumentsTab</name>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_tabs.py" line="418"/>
        <source>A&amp;ttach file…</source>
        <translation>添加附件(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_tabs.py" line="419"/>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_tabs.py" line="420"/>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_tabs.py" line="433"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_tabs.py" line="434"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_tabs.py" line="435"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_tabs.py" line="436"/>
        <source>Added</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_tabs.py" line="437"/>
        <source>SHA-256</source>
        <translation>SHA-256 校验值</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_tabs.py" line="438"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_tabs.py" line="442"/>
        <source>On disk</source>
        <translation>文件完好</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_tabs.py" line="442"/>
        <source>Missing from disk</source>
        <translation>文件已丢失</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_tabs.py" line="455"/>
        <source>Attach a document</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_tabs.py" line="455"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_tabs.py" line="464"/>
        <location filename="../../src/incubator_desk/ui/dialogs/application_tabs.py" line="508"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_tabs.py" line="487"/>
        <location filename="../../src/incubator_desk/ui/dialogs/application_tabs.py" line="495"/>
        <source>Open document</source>
        <translation>打开附件</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_tabs.py" line="496"/>
        <source>No program on this computer opens %1.</source>
        <translation>本机没有可以打开 %1 的程序。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_tabs.py" line="504"/>
        <source>Remove document</source>
        <translation>移除附件</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_tabs.py" line="505"/>
        <source>Remove %1 from this application? Its stored copy is deleted.</source>
        <translation>从该申请中移除 %1？保存的副本将被删除。</translation>
    </message>
</context>
<context>
    <name>ApplicationReviewsTab</name>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_tabs.py" line="138"/>
        <source>&amp;Add review…</source>
        <translation>添加评审(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_tabs.py" line="139"/>
        <source>&amp;Edit review…</source>
        <translation>编辑评审(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_tabs.py" line="140"/>
        <source>De&amp;lete review</source>
        <translation>删除评审(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_tabs.py" line="152"/>
        <source>Assign a re&amp;viewer…</source>
        <translation>分配评审人(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_tabs.py" line="153"/>
        <source>&amp;Take back…</source>
        <translation>收回(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_tabs.py" line="172"/>
        <source>Reviewer</source>
        <translation>评审人</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_tabs.py" line="174"/>
        <source>Conflict</source>
        <translation>利益冲突</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_tabs.py" line="176"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_tabs.py" line="179"/>
        <source>Weighted</source>
        <translation>加权分</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_tabs.py" line="180"/>
        <source>Criteria scored</source>
        <translation>已评分项</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_tabs.py" line="181"/>
        <source>Comment</source>
        <translation>评语</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_tabs.py" line="188"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_tabs.py" line="196"/>
        <source>No scores yet.</source>
        <translation>暂无评分。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_tabs.py" line="199"/>
        <source>Weighted score %1 from %2 reviewer(s); spread %3.</source>
        <translation>加权分 %1（%2 位评审人），分差 %3。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_tabs.py" line="205"/>
        <source>%1 reviewer(s) with a conflict of interest left out.</source>
        <translation>%1 位有利益冲突的评审人未计入。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/incubator_desk/ui/dialogs/application_tabs.py" line="211"/>
        <source>⚠ %n review(s) leave criteria unscored: their weighted score is over the criteria scored only, so it may not compare with the others.</source>
        <translation>
            <numerusform>⚠ %n 份评审有未评分的评审项：其加权得分只按已评分的评审项计算，可能与其他评审不可比。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_tabs.py" line="222"/>
        <source>Assigned to review (✓ submitted): %1</source>
        <translation>已分配评审（✓ 已提交）：%1</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_tabs.py" line="225"/>
        <source>No reviewer&apos;s account is assigned.</source>
        <translation>尚未分配评审人账户。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_tabs.py" line="248"/>
        <source>Delete review</source>
        <translation>删除评审</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_tabs.py" line="249"/>
        <source>Delete %1&apos;s review of this application?</source>
        <translation>删除 %1 对该申请的评审？</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_tabs.py" line="252"/>
        <location filename="../../src/incubator_desk/ui/dialogs/application_tabs.py" line="279"/>
        <location filename="../../src/incubator_desk/ui/dialogs/application_tabs.py" line="292"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_tabs.py" line="264"/>
        <location filename="../../src/incubator_desk/ui/dialogs/application_tabs.py" line="273"/>
        <source>Assign a reviewer</source>
        <translation>分配评审人</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_tabs.py" line="266"/>
        <source>There is no other active account with the reviewer role. An administrator adds reviewers in Settings → Accounts.</source>
        <translation>没有其他启用中的评审人账户。管理员可在“设置 → 账户”中添加评审人。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_tabs.py" line="274"/>
        <location filename="../../src/incubator_desk/ui/dialogs/application_tabs.py" line="287"/>
        <source>Reviewer:</source>
        <translation>评审人：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_tabs.py" line="286"/>
        <source>Take back an application</source>
        <translation>收回融资申请</translation>
    </message>
</context>
<context>
    <name>ApplicationTranchesTab</name>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_tabs.py" line="343"/>
        <source>&amp;Plan tranche…</source>
        <translation>计划拨付(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_tabs.py" line="344"/>
        <source>&amp;Mark paid…</source>
        <translation>标记已拨付(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_tabs.py" line="345"/>
        <source>&amp;Cancel tranche</source>
        <translation>取消该期(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_tabs.py" line="356"/>
        <source>Tranche</source>
        <translation>期次</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_tabs.py" line="357"/>
        <source>Amount (¥)</source>
        <translation>金额（¥）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_tabs.py" line="358"/>
        <source>Planned on</source>
        <translation>计划日期</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_tabs.py" line="359"/>
        <source>Paid on</source>
        <translation>拨付日期</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_tabs.py" line="360"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_tabs.py" line="361"/>
        <source>Milestone</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_tabs.py" line="367"/>
        <source>Requested %1 · approved %2 · scheduled %3 · paid %4</source>
        <translation>申请 %1 · 批准 %2 · 已安排 %3 · 已拨付 %4</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_tabs.py" line="391"/>
        <location filename="../../src/incubator_desk/ui/dialogs/application_tabs.py" line="403"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_tabs.py" line="399"/>
        <source>Cancel tranche</source>
        <translation>取消该期拨付</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_tabs.py" line="400"/>
        <source>Cancel tranche %1 of %2?</source>
        <translation>取消第 %1 期拨付（%2）？</translation>
    </message>
</context>
<context>
    <name>ArrearsTab</name>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/arrears_tab.py" line="76"/>
        <source>Tenant</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/arrears_tab.py" line="77"/>
        <source>Not yet due</source>
        <translation>未到期</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/arrears_tab.py" line="80"/>
        <source>0–30 days</source>
        <translation>0–30 天</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/arrears_tab.py" line="80"/>
        <source>31–60 days</source>
        <translation>31–60 天</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/arrears_tab.py" line="80"/>
        <source>61–90 days</source>
        <translation>61–90 天</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/arrears_tab.py" line="80"/>
        <source>Over 90</source>
        <translation>90 天以上</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/arrears_tab.py" line="84"/>
        <source>On account</source>
        <translation>预收余额</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/arrears_tab.py" line="85"/>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/arrears_tab.py" line="86"/>
        <source>Deposit held</source>
        <translation>押金余额</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/arrears_tab.py" line="88"/>
        <source>Oldest overdue</source>
        <translation>最长逾期</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/incubator_desk/ui/pages/billing/arrears_tab.py" line="91"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/incubator_desk/ui/pages/billing/arrears_tab.py" line="108"/>
        <source>%n tenant(s) in arrears</source>
        <translation>
            <numerusform>%n 家企业欠费</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/arrears_tab.py" line="110"/>
        <source>%1 overdue, %2 of it over 90 days</source>
        <translation>逾期 %1，其中 90 天以上 %2</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/arrears_tab.py" line="131"/>
        <source>Reminder letters</source>
        <translation>催缴通知书</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/arrears_tab.py" line="132"/>
        <source>Reminder letters %1</source>
        <translation>催缴通知书 %1</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/arrears_tab.py" line="153"/>
        <source>Statement of %1</source>
        <translation>%1 的对账单</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/arrears_tab.py" line="154"/>
        <source>Statement %1 %2</source>
        <translation>对账单 %1 %2</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/arrears_tab.py" line="170"/>
        <source>On:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/arrears_tab.py" line="171"/>
        <source>Reminder &amp;letters to all in arrears…</source>
        <translation>向全部欠费企业发催缴通知书(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/arrears_tab.py" line="172"/>
        <source>Letter to this tenant…</source>
        <translation>向该企业发催缴通知书…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/arrears_tab.py" line="173"/>
        <source>&amp;Statement…</source>
        <translation>对账单(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/arrears_tab.py" line="174"/>
        <source>Record a &amp;payment…</source>
        <translation>登记收款(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>AssessmentView</name>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/statistics/assessment_view.py" line="31"/>
        <source>reached</source>
        <translation>达到</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/statistics/assessment_view.py" line="32"/>
        <source>not reached</source>
        <translation>未达到</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/statistics/assessment_view.py" line="33"/>
        <source>not known yet</source>
        <translation>尚无法判断</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/statistics/assessment_view.py" line="38"/>
        <source>National (2018)</source>
        <translation>国家级（2018）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/statistics/assessment_view.py" line="39"/>
        <source>MIIT standard</source>
        <translation>工信部标准级</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/statistics/assessment_view.py" line="40"/>
        <source>MIIT excellent</source>
        <translation>工信部卓越级</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/statistics/assessment_view.py" line="51"/>
        <source>%1: %2 of %3 met · %4</source>
        <translation>%1：满足 %2/%3 项 · %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/incubator_desk/ui/pages/statistics/assessment_view.py" line="70"/>
        <source>%n tenant(s): %1</source>
        <translation>
            <numerusform>%n 家：%1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/statistics/assessment_view.py" line="133"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/statistics/assessment_view.py" line="141"/>
        <source>Criterion</source>
        <translation>条件</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/statistics/assessment_view.py" line="146"/>
        <source>Threshold</source>
        <translation>门槛</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/statistics/assessment_view.py" line="147"/>
        <source>This incubator</source>
        <translation>本孵化器</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/statistics/assessment_view.py" line="149"/>
        <source>Met</source>
        <translation>满足</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/statistics/assessment_view.py" line="153"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/statistics/assessment_view.py" line="153"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/statistics/assessment_view.py" line="159"/>
        <source>Evidence</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/statistics/assessment_view.py" line="167"/>
        <source>Assessing %1…</source>
        <translation>正在评估 %1 年…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/statistics/assessment_view.py" line="195"/>
        <source>Self-assessment of %1 against the national levels:</source>
        <translation>%1 年对照国家标准自评：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/statistics/assessment_view.py" line="199"/>
        <source>* uncertain threshold: see its note. Thresholds are edited in Settings.</source>
        <translation>* 门槛存疑：见其说明。门槛值在设置中修改。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/statistics/assessment_view.py" line="213"/>
        <source>Threshold: %1 · this incubator: %2</source>
        <translation>门槛：%1 · 本孵化器：%2</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/statistics/assessment_view.py" line="216"/>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/statistics/assessment_view.py" line="219"/>
        <source>Either this criterion or the other of its pair is enough.</source>
        <translation>本项与同组另一项满足其一即可。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/incubator_desk/ui/pages/statistics/assessment_view.py" line="226"/>
        <source>The %n tenant(s) counted:</source>
        <translation>
            <numerusform>计入的 %n 家企业：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/statistics/assessment_view.py" line="232"/>
        <source>&amp;Thresholds and figures in Settings…</source>
        <translation>在设置中修改门槛和数据(&amp;T)…</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/assign_dialog.py" line="27"/>
        <source>Assign a mentor</source>
        <translation>指派导师</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/assign_dialog.py" line="46"/>
        <source>&amp;Mentor:</source>
        <translation>导师(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/assign_dialog.py" line="47"/>
        <source>&amp;Tenant:</source>
        <translation>企业(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/assign_dialog.py" line="48"/>
        <source>&amp;From:</source>
        <translation>起始日期(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/assign_dialog.py" line="63"/>
        <source>Choose a mentor and a tenant from the lists.</source>
        <translation>请从列表中选择导师和企业。</translation>
    </message>
</context>
<context>
    <name>AuditBrowser</name>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/audit/browser.py" line="237"/>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/audit/browser.py" line="237"/>
        <source>All areas</source>
        <translation>全部领域</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/incubator_desk/ui/pages/audit/browser.py" line="257"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/audit/browser.py" line="277"/>
        <source>audit trail</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/audit/browser.py" line="280"/>
        <source>Export the audit trail</source>
        <translation>导出审计记录</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/audit/browser.py" line="282"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/audit/browser.py" line="293"/>
        <location filename="../../src/incubator_desk/ui/pages/audit/browser.py" line="309"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/incubator_desk/ui/pages/audit/browser.py" line="310"/>
        <source>Saved %n entries to {path}.</source>
        <translation>
            <numerusform>已将 %n 条记录保存到 {path}。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/audit/browser.py" line="321"/>
        <source>&amp;Person</source>
        <translation>操作人(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/audit/browser.py" line="322"/>
        <source>&amp;Area</source>
        <translation>领域(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/audit/browser.py" line="323"/>
        <source>&amp;Record</source>
        <translation>记录(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/audit/browser.py" line="324"/>
        <source>&amp;From</source>
        <translation>从(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/audit/browser.py" line="325"/>
        <source>&amp;To</source>
        <translation>到(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/audit/browser.py" line="326"/>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/audit/browser.py" line="336"/>
        <source>Names, values, summaries…</source>
        <translation>名称、数值、摘要…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/audit/browser.py" line="337"/>
        <source>A record&apos;s or tenant&apos;s name</source>
        <translation>记录或企业名称</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/audit/browser.py" line="338"/>
        <source>C&amp;lear filters</source>
        <translation>清除筛选(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/audit/browser.py" line="339"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/audit/browser.py" line="340"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/audit/browser.py" line="341"/>
        <source>Only one action: show all ✕</source>
        <translation>仅显示一次操作：显示全部 ✕</translation>
    </message>
</context>
<context>
    <name>AuditDetails</name>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/audit/details.py" line="79"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/audit/details.py" line="79"/>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/audit/details.py" line="79"/>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/audit/details.py" line="79"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/audit/details.py" line="89"/>
        <source>Choose an entry to see what it changed.</source>
        <translation>选择一条记录，查看它修改了什么。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/audit/details.py" line="91"/>
        <source>No entries: changes show here as they are saved.</source>
        <translation>暂无记录：保存修改后会显示在这里。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/audit/details.py" line="95"/>
        <source>This entry records no field values.</source>
        <translation>这条记录没有字段值。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/audit/details.py" line="98"/>
        <source>{when} by {who}</source>
        <translation>{when}，操作人：{who}</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/audit/details.py" line="101"/>
        <source>Tenant: {name}</source>
        <translation>企业：{name}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/incubator_desk/ui/pages/audit/details.py" line="105"/>
        <source>Show all %n entries of this action</source>
        <translation>
            <numerusform>显示这次操作的全部 %n 条记录</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/audit/page.py" line="35"/>
        <source>Audit trail</source>
        <translation>审计记录</translation>
    </message>
</context>
<context>
    <name>BackupKeeper</name>
    <message>
        <location filename="../../src/incubator_desk/ui/backup_keeper.py" line="99"/>
        <source>Backups: %1</source>
        <translation>备份：%1</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/backup_keeper.py" line="142"/>
        <source>The last backup failed</source>
        <translation>上次备份失败</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/backup_keeper.py" line="148"/>
        <location filename="../../src/incubator_desk/ui/backup_keeper.py" line="296"/>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/backup_keeper.py" line="150"/>
        <source>The backup before closing could not be made: %1

Your changes are saved in the database itself. Choose a backup folder that can be reached in Settings → Backups.</source>
        <translation>关闭前的备份未能完成：%1

您的更改已保存在数据库中。请在“设置 → 备份”中选择一个可以访问的备份文件夹。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/backup_keeper.py" line="166"/>
        <source>Backing up the database before closing…</source>
        <translation>关闭前正在备份数据库…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/backup_keeper.py" line="167"/>
        <source>Close without a backup</source>
        <translation>不备份直接关闭</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/backup_keeper.py" line="215"/>
        <source>This database is on a server. Its backups are made on the server with pg_dump; ask whoever runs it.</source>
        <translation>此数据库位于服务器上，它的备份在服务器上用 pg_dump 制作，请联系服务器管理员。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/backup_keeper.py" line="225"/>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/backup_keeper.py" line="228"/>
        <source>backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/backup_keeper.py" line="235"/>
        <location filename="../../src/incubator_desk/ui/backup_keeper.py" line="335"/>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/backup_keeper.py" line="237"/>
        <source>Backed up to %1</source>
        <translation>已备份到 %1</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/backup_keeper.py" line="244"/>
        <source>Export everything</source>
        <translation>导出全部</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/backup_keeper.py" line="247"/>
        <source>archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/backup_keeper.py" line="253"/>
        <source>Everything was written to %1. Open it with File → Open on the other computer.</source>
        <translation>全部内容已写入 %1。请在另一台电脑上用“文件 → 打开”打开它。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/backup_keeper.py" line="257"/>
        <source>Writing the archive…</source>
        <translation>正在写入归档…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/backup_keeper.py" line="288"/>
        <source>%1 tenants, %2 allocations, %3 applications; %4 attached files.</source>
        <translation>%1 家企业，%2 条空间分配，%3 份融资申请；%4 个附件。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/backup_keeper.py" line="303"/>
        <location filename="../../src/incubator_desk/ui/backup_keeper.py" line="324"/>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/backup_keeper.py" line="317"/>
        <source>The backup made on %1 was restored.</source>
        <translation>已恢复 %1 制作的备份。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/backup_keeper.py" line="321"/>
        <source>The data as it was before is kept in %1.</source>
        <translation>恢复前的数据保存在 %1。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/backup_keeper.py" line="339"/>
        <source>Backups: made on the server</source>
        <translation>备份：由服务器制作</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/backup_keeper.py" line="341"/>
        <source>Backup folder not reachable</source>
        <translation>无法访问备份文件夹</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/backup_keeper.py" line="343"/>
        <source>Not backed up yet</source>
        <translation>尚未备份</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/backup_keeper.py" line="348"/>
        <source>Last backup %1: more than %2 days ago</source>
        <translation>上次备份 %1：已超过 %2 天</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/backup_keeper.py" line="353"/>
        <source>Backed up %1</source>
        <translation>已备份 %1</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/backup_keeper.py" line="355"/>
        <source>Backups go to %1</source>
        <translation>备份保存到 %1</translation>
    </message>
</context>
<context>
    <name>BackupSettings</name>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/backup_settings.py" line="78"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/backup_settings.py" line="100"/>
        <source>Backups folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/backup_settings.py" line="125"/>
        <source>This database is on a server: its backups are made on the server with pg_dump, not by this program.</source>
        <translation>此数据库位于服务器上：它的备份在服务器上用 pg_dump 制作，而不是由本程序制作。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/backup_settings.py" line="131"/>
        <source>the data folder&apos;s backups: %1</source>
        <translation>数据文件夹中的备份：%1</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/backup_settings.py" line="135"/>
        <source>A backup is made when the window closes after changes, and once a day while it is open, into a folder for this database inside the one above: %1. The newest of each of the last 7 days, 4 weeks and 12 months are kept. Backups made before a restore or an upgrade stay in the data folder.</source>
        <translation>有更改时，关闭窗口会制作一份备份；窗口打开期间每天备份一次，保存到上面文件夹中本数据库专用的子文件夹：%1。保留最近 7 天、4 周和 12 个月中每段时间最新的一份。恢复或升级前制作的备份保存在数据文件夹中。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/backup_settings.py" line="143"/>
        <source>Backups of this database</source>
        <translation>本数据库的备份</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/backup_settings.py" line="144"/>
        <source>Backups folder:</source>
        <translation>备份文件夹：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/backup_settings.py" line="145"/>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/backup_settings.py" line="146"/>
        <source>Use the &amp;data folder</source>
        <translation>使用数据文件夹(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/backup_settings.py" line="147"/>
        <source>&amp;Warn after:</source>
        <translation>提醒期限(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/backup_settings.py" line="148"/>
        <source> days without a backup</source>
        <translation> 天未备份</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/backup_settings.py" line="149"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
</context>
<context>
    <name>BillDialog</name>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/bill_dialog.py" line="68"/>
        <source>Paid or cleared by</source>
        <translation>收款及冲减</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/bill_dialog.py" line="74"/>
        <source>&amp;Print or save…</source>
        <translation>打印或保存(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/bill_dialog.py" line="75"/>
        <source>&amp;Cancel bill…</source>
        <translation>作废账单(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/bill_dialog.py" line="94"/>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/bill_dialog.py" line="95"/>
        <source>For</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/bill_dialog.py" line="96"/>
        <source>Days / from – to</source>
        <translation>天数 / 起止</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/bill_dialog.py" line="97"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/bill_dialog.py" line="98"/>
        <source>Price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/bill_dialog.py" line="100"/>
        <source>Billed before</source>
        <translation>原已收</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/bill_dialog.py" line="105"/>
        <location filename="../../src/incubator_desk/ui/pages/billing/bill_dialog.py" line="112"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/bill_dialog.py" line="110"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/bill_dialog.py" line="111"/>
        <source>By</source>
        <translation>单号</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/bill_dialog.py" line="126"/>
        <source>Billing period:</source>
        <translation>账期：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/bill_dialog.py" line="128"/>
        <source>Issued / due:</source>
        <translation>开具 / 应付日期：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/bill_dialog.py" line="130"/>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/bill_dialog.py" line="132"/>
        <source>Corrects:</source>
        <translation>更正账单：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/bill_dialog.py" line="134"/>
        <source>Corrected by:</source>
        <translation>更正单：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/bill_dialog.py" line="138"/>
        <source>Total %1</source>
        <translation>合计 %1</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/bill_dialog.py" line="140"/>
        <source>of which rent subsidy %1</source>
        <translation>其中租金补贴 %1</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/bill_dialog.py" line="142"/>
        <source>paid %1  ·  left to pay %2</source>
        <translation>已付 %1  ·  未付 %2</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/bill_dialog.py" line="147"/>
        <source>Cancelled on %1: %2</source>
        <translation>%1 作废：%2</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/bill_dialog.py" line="161"/>
        <source>Bill %1</source>
        <translation>账单 %1</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/bill_dialog.py" line="173"/>
        <source>Cancel bill</source>
        <translation>作废账单</translation>
    </message>
</context>
<context>
    <name>BillingPage</name>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/page.py" line="49"/>
        <source>Billing</source>
        <translation>账务</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/page.py" line="70"/>
        <source>&amp;Bills</source>
        <translation>账单(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/page.py" line="71"/>
        <source>&amp;Payments</source>
        <translation>收款(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/page.py" line="72"/>
        <source>&amp;Arrears</source>
        <translation>欠费(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/page.py" line="73"/>
        <source>&amp;Meters and fees</source>
        <translation>抄表与收费(&amp;M)</translation>
    </message>
</context>
<context>
    <name>BillingSettings</name>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/settings_section.py" line="41"/>
        <source>Receivable (应收账款)</source>
        <translation>应收账款</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/settings_section.py" line="42"/>
        <source>Deposits held</source>
        <translation>押金（其他应付款）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/settings_section.py" line="50"/>
        <source>Income: %1</source>
        <translation>收入：%1</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/settings_section.py" line="53"/>
        <source>Received by: %1</source>
        <translation>收款方式：%1</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/settings_section.py" line="160"/>
        <source>Billing</source>
        <translation>账务</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/settings_section.py" line="164"/>
        <source>Price of</source>
        <translation>收费项目</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/settings_section.py" line="165"/>
        <source>From</source>
        <translation>起始</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/settings_section.py" line="166"/>
        <source>Price (¥)</source>
        <translation>单价（元）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/settings_section.py" line="167"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/settings_section.py" line="222"/>
        <source>Remove price</source>
        <translation>删除单价</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/settings_section.py" line="228"/>
        <source>Bills and reminders</source>
        <translation>账单与催缴</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/settings_section.py" line="232"/>
        <source>Days to &amp;pay a bill:</source>
        <translation>账单付款期限（天）(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/settings_section.py" line="233"/>
        <source>Days a &amp;reminder gives:</source>
        <translation>催缴付款期限（天）(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/settings_section.py" line="234"/>
        <source>Pa&amp;yee:</source>
        <translation>收款单位(&amp;Y)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/settings_section.py" line="235"/>
        <source>&amp;Bank:</source>
        <translation>开户银行(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/settings_section.py" line="236"/>
        <source>Bank &amp;account:</source>
        <translation>银行账号(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/settings_section.py" line="241"/>
        <source>Account codes (科目) of the finance export</source>
        <translation>财务导出的会计科目</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/settings_section.py" line="242"/>
        <source>Booked</source>
        <translation>记账项目</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/settings_section.py" line="242"/>
        <source>Account code</source>
        <translation>科目代码</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/settings_section.py" line="243"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/settings_section.py" line="244"/>
        <source>Prices</source>
        <translation>收费单价</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/settings_section.py" line="247"/>
        <source>A price holds from its day until the next one of its kind: a new price is a new row, so months billed keep theirs.</source>
        <translation>单价自其生效日起适用，直至同类下一个单价生效：调价请新增一行，已计费月份保持原单价。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/settings_section.py" line="251"/>
        <source>&amp;New price…</source>
        <translation>新增单价(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/settings_section.py" line="252"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>BillsTab</name>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/bills_tab.py" line="46"/>
        <source>Cancelled</source>
        <translation>已作废</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/bills_tab.py" line="49"/>
        <source>Credit</source>
        <translation>可抵扣</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/bills_tab.py" line="50"/>
        <source>Used</source>
        <translation>已抵扣</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/bills_tab.py" line="52"/>
        <source>Paid</source>
        <translation>已付清</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/incubator_desk/ui/pages/billing/bills_tab.py" line="55"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/bills_tab.py" line="57"/>
        <source>Part paid</source>
        <translation>部分已付</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/bills_tab.py" line="58"/>
        <source>Open</source>
        <translation>未付</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/bills_tab.py" line="106"/>
        <source>Number</source>
        <translation>单号</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/bills_tab.py" line="107"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/bills_tab.py" line="108"/>
        <source>Tenant</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/bills_tab.py" line="109"/>
        <source>Period</source>
        <translation>账期</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/bills_tab.py" line="110"/>
        <source>Issued</source>
        <translation>已开具</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/bills_tab.py" line="111"/>
        <source>Due</source>
        <translation>应付日期</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/bills_tab.py" line="112"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/bills_tab.py" line="113"/>
        <source>Left to pay</source>
        <translation>未付</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/bills_tab.py" line="114"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/incubator_desk/ui/pages/billing/bills_tab.py" line="146"/>
        <source>%n bill(s)</source>
        <translation>
            <numerusform>%n 张账单</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/bills_tab.py" line="148"/>
        <source>billed %1  ·  left to pay %2</source>
        <translation>应收 %1  ·  未付 %2</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/bills_tab.py" line="160"/>
        <source>Billing %1…</source>
        <translation>正在计费 %1…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/bills_tab.py" line="165"/>
        <source>Run billing</source>
        <translation>计费</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/bills_tab.py" line="173"/>
        <source>%1: nothing to bill, every charge was billed already.</source>
        <translation>%1：没有需要计费的项目，所有费用均已计费。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/bills_tab.py" line="179"/>
        <source>%1: %2 bill(s), %3 adjustment(s), %4 credit note(s) issued, total %5.</source>
        <translation>%1：已开具账单 %2 张、补收单 %3 张、红字冲减单 %4 张，合计 %5。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/bills_tab.py" line="206"/>
        <source>Bills of %1</source>
        <translation>%1 账单</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/bills_tab.py" line="207"/>
        <source>Bills %1</source>
        <translation>账单 %1</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/bills_tab.py" line="220"/>
        <location filename="../../src/incubator_desk/ui/pages/billing/bills_tab.py" line="235"/>
        <source>Finance export</source>
        <translation>财务导出</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/bills_tab.py" line="221"/>
        <source>Bills and payments %1.xlsx</source>
        <translation>账单与收款 %1.xlsx</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/bills_tab.py" line="222"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/bills_tab.py" line="237"/>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/bills_tab.py" line="241"/>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/bills_tab.py" line="243"/>
        <source>Issued on:</source>
        <translation>开具日期：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/bills_tab.py" line="244"/>
        <source>&amp;Run billing</source>
        <translation>计费(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/bills_tab.py" line="247"/>
        <source>Bills the month; run again, it bills only what changed since, as adjustments or credit notes.</source>
        <translation>为该月计费；再次计费时只就变动部分开具补收单或红字冲减单。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/bills_tab.py" line="251"/>
        <source>Show cancelled bills</source>
        <translation>显示已作废账单</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/bills_tab.py" line="252"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/bills_tab.py" line="253"/>
        <source>&amp;Print the month&apos;s bills…</source>
        <translation>打印本月账单(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/bills_tab.py" line="254"/>
        <source>Finance &amp;export…</source>
        <translation>财务导出(&amp;E)…</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/booking_dialog.py" line="49"/>
        <source>Book a room or equipment</source>
        <translation>预订会议室或设备</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/booking_dialog.py" line="50"/>
        <source>&amp;Room or equipment:</source>
        <translation>会议室或设备(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/booking_dialog.py" line="60"/>
        <source> (%1 min between bookings)</source>
        <translation>（两次预订间隔 %1 分钟）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/booking_dialog.py" line="73"/>
        <source>&amp;Day:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/booking_dialog.py" line="82"/>
        <source>&amp;From – to:</source>
        <translation>时间(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/booking_dialog.py" line="84"/>
        <source>For &amp;tenant:</source>
        <translation>预订企业(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/booking_dialog.py" line="85"/>
        <source>Optional: type part of the name…</source>
        <translation>可选：输入企业名称的一部分…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/booking_dialog.py" line="88"/>
        <source>&amp;Purpose:</source>
        <translation>用途(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/booking_dialog.py" line="95"/>
        <source>There is nothing bookable yet.</source>
        <translation>目前没有可预订的会议室或设备。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/booking_dialog.py" line="99"/>
        <source>Choose a tenant from the list, or leave it empty.</source>
        <translation>请从列表中选择企业，或留空。</translation>
    </message>
</context>
<context>
    <name>BookingsTab</name>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/bookings_tab.py" line="99"/>
        <source>Bookings</source>
        <translation>预订</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/bookings_tab.py" line="103"/>
        <location filename="../../src/incubator_desk/ui/pages/spaces/bookings_tab.py" line="111"/>
        <source>Day</source>
        <translation>日视图</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/bookings_tab.py" line="104"/>
        <source>Week</source>
        <translation>周视图</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/bookings_tab.py" line="110"/>
        <location filename="../../src/incubator_desk/ui/pages/spaces/bookings_tab.py" line="114"/>
        <source>Previous</source>
        <translation>上一页</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/bookings_tab.py" line="113"/>
        <location filename="../../src/incubator_desk/ui/pages/spaces/bookings_tab.py" line="115"/>
        <source>Next</source>
        <translation>下一页</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/bookings_tab.py" line="116"/>
        <source>&amp;Today</source>
        <translation>今天(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/bookings_tab.py" line="117"/>
        <source>&amp;Book…</source>
        <translation>预订(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/bookings_tab.py" line="118"/>
        <source>Cancel &amp;booking</source>
        <translation>取消预订(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/bookings_tab.py" line="208"/>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/bookings_tab.py" line="209"/>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/bookings_tab.py" line="210"/>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/bookings_tab.py" line="211"/>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/bookings_tab.py" line="212"/>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/bookings_tab.py" line="213"/>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/bookings_tab.py" line="214"/>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/bookings_tab.py" line="258"/>
        <source>Cancel the booking of %1 on %2 for %3?</source>
        <translation>取消 %3 在 %2 对 %1 的预订？</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/bookings_tab.py" line="263"/>
        <source>Cancel booking</source>
        <translation>取消预订</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/bookings_tab.py" line="107"/>
        <source>Day or week</source>
        <translation>按日或按周</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/bookings_tab.py" line="108"/>
        <source>Room</source>
        <translation>房间</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message numerus="yes">
        <location filename="../../src/incubator_desk/ui/widgets/calendar.py" line="290"/>
        <source>+%n more</source>
        <translation>
            <numerusform>另有 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/widgets/calendar.py" line="472"/>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/widgets/calendar.py" line="473"/>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/widgets/calendar.py" line="474"/>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/widgets/calendar.py" line="475"/>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/widgets/calendar.py" line="476"/>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/widgets/calendar.py" line="477"/>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/widgets/calendar.py" line="478"/>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/widgets/calendar.py" line="586"/>
        <location filename="../../src/incubator_desk/ui/widgets/calendar.py" line="739"/>
        <source>All mentors</source>
        <translation>全部导师</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/widgets/calendar.py" line="590"/>
        <location filename="../../src/incubator_desk/ui/widgets/calendar.py" line="740"/>
        <source>All tenants</source>
        <translation>全部企业</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/widgets/calendar.py" line="697"/>
        <source>Room booking</source>
        <translation>会议室预订</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/widgets/calendar.py" line="711"/>
        <source>The item was not moved</source>
        <translation>未能改期</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/widgets/calendar.py" line="718"/>
        <source>&amp;Today</source>
        <translation>今天(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/widgets/calendar.py" line="719"/>
        <location filename="../../src/incubator_desk/ui/widgets/calendar.py" line="720"/>
        <source>Previous</source>
        <translation>上一页</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/widgets/calendar.py" line="721"/>
        <location filename="../../src/incubator_desk/ui/widgets/calendar.py" line="723"/>
        <source>Next</source>
        <translation>下一页</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/widgets/calendar.py" line="722"/>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/widgets/calendar.py" line="724"/>
        <source>&amp;Week</source>
        <translation>周(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/widgets/calendar.py" line="725"/>
        <source>&amp;Month</source>
        <translation>月(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/widgets/calendar.py" line="726"/>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/widgets/calendar.py" line="727"/>
        <source>Mentor:</source>
        <translation>导师：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/widgets/calendar.py" line="728"/>
        <source>Tenant:</source>
        <translation>企业：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/widgets/calendar.py" line="732"/>
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/widgets/calendar.py" line="733"/>
        <location filename="../../src/incubator_desk/ui/widgets/calendar.py" line="745"/>
        <source>Mentoring sessions</source>
        <translation>辅导记录</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/widgets/calendar.py" line="734"/>
        <location filename="../../src/incubator_desk/ui/widgets/calendar.py" line="749"/>
        <source>Training events</source>
        <translation>培训活动</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/widgets/calendar.py" line="735"/>
        <location filename="../../src/incubator_desk/ui/widgets/calendar.py" line="753"/>
        <source>Room bookings</source>
        <translation>会议室预订</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/widgets/calendar.py" line="755"/>
        <source>Double-click an item to open it (or arrow keys, then Enter); drag it to move it.</source>
        <translation>双击条目打开（或用方向键选中后按回车）；拖动条目可改期。</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <location filename="../../src/incubator_desk/ui/widgets/calendar_export.py" line="32"/>
        <location filename="../../src/incubator_desk/ui/widgets/calendar_export.py" line="50"/>
        <source>Export calendar</source>
        <translation>导出日历</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/widgets/calendar_export.py" line="34"/>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar 日历文件 (*.ics)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/incubator_desk/ui/widgets/calendar_export.py" line="51"/>
        <source>%n item(s) written to %1.</source>
        <translation>
            <numerusform>已将 %n 个日程写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/widgets/calendar_export.py" line="60"/>
        <source>Calendar not exported</source>
        <translation>日历未导出</translation>
    </message>
</context>
<context>
    <name>CardTableModel</name>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/funding/list_model.py" line="89"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/funding/list_model.py" line="89"/>
        <source>Tenant</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/funding/list_model.py" line="89"/>
        <source>Fund</source>
        <translation>基金</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/funding/list_model.py" line="89"/>
        <source>Requested (¥)</source>
        <translation>申请金额（¥）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/funding/list_model.py" line="90"/>
        <source>Approved (¥)</source>
        <translation>批准金额（¥）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/funding/list_model.py" line="90"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/funding/list_model.py" line="90"/>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/funding/list_model.py" line="91"/>
        <source>Days in stage</source>
        <translation>停留天数</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/funding/list_model.py" line="91"/>
        <source>In this status since</source>
        <translation>进入该状态时间</translation>
    </message>
</context>
<context>
    <name>ChargesTab</name>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/charges_tab.py" line="95"/>
        <source>Read on</source>
        <translation>抄表日期</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/charges_tab.py" line="96"/>
        <source>Unit</source>
        <translation>房间</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/charges_tab.py" line="97"/>
        <source>Meter</source>
        <translation>表计</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/charges_tab.py" line="98"/>
        <source>Reading</source>
        <translation>读数</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/charges_tab.py" line="99"/>
        <source>Previous reading on</source>
        <translation>上次抄表日期</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/charges_tab.py" line="100"/>
        <source>Used</source>
        <translation>用量</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/charges_tab.py" line="101"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/charges_tab.py" line="106"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/charges_tab.py" line="107"/>
        <source>Tenant</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/charges_tab.py" line="108"/>
        <source>For</source>
        <translation>收费事项</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/charges_tab.py" line="109"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/charges_tab.py" line="110"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/charges_tab.py" line="142"/>
        <location filename="../../src/incubator_desk/ui/pages/billing/charges_tab.py" line="149"/>
        <source>Remove meter reading</source>
        <translation>删除表计读数</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/charges_tab.py" line="143"/>
        <source>Remove the reading of %1 on %2? If it was billed, the next run corrects it.</source>
        <translation>删除 %1 在 %2 的读数？如已计费，下次计费时将更正。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/charges_tab.py" line="167"/>
        <location filename="../../src/incubator_desk/ui/pages/billing/charges_tab.py" line="182"/>
        <source>Cancel fee</source>
        <translation>取消收费</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/charges_tab.py" line="173"/>
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/charges_tab.py" line="175"/>
        <source>Meter readings (the consumption since the last one is billed)</source>
        <translation>表计读数（按与上次读数之差计费）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/charges_tab.py" line="177"/>
        <source>&amp;New reading…</source>
        <translation>新增读数(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/charges_tab.py" line="178"/>
        <source>&amp;Correct…</source>
        <translation>更正(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/charges_tab.py" line="179"/>
        <source>Remove…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/charges_tab.py" line="180"/>
        <source>One-off fees</source>
        <translation>一次性收费</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/charges_tab.py" line="181"/>
        <source>New &amp;fee…</source>
        <translation>新增收费(&amp;F)…</translation>
    </message>
</context>
<context>
    <name>CollectionReport</name>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/collection_report.py" line="26"/>
        <source>{n} figure(s) written</source>
        <translation>已写入 {n} 项数据</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/collection_report.py" line="28"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/collection_report.py" line="29"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/collection_report.py" line="30"/>
        <source>Tenant</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/collection_report.py" line="31"/>
        <source>Cell</source>
        <translation>单元格</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/collection_report.py" line="32"/>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/collection_report.py" line="33"/>
        <source>Message</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>CollectionTab</name>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/collection_tab.py" line="200"/>
        <source>Sent {sent} · returned {returned} (accepted {accepted}, rejected {rejected}, conflict {conflict}) · missing {missing} — workbooks in {folder}</source>
        <translation>已发出 {sent} · 已收回 {returned}（已接收 {accepted}，退回 {rejected}，冲突 {conflict}）· 未交 {missing} — 工作簿位于 {folder}</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/collection_tab.py" line="218"/>
        <source>Remind the {n} missing:</source>
        <translation>催报 {n} 家未交企业：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/collection_tab.py" line="238"/>
        <source>Wrote {n} workbook(s) to {folder}.</source>
        <translation>已将 {n} 份工作簿写入 {folder}。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/collection_tab.py" line="244"/>
        <source>{n} tenant(s) whose figures were already accepted got none.</source>
        <translation>{n} 家企业的数据已接收，未再生成工作簿。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/collection_tab.py" line="249"/>
        <source>Not sent:</source>
        <translation>未发出：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/collection_tab.py" line="253"/>
        <source>Round started</source>
        <translation>已开始收集</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/collection_tab.py" line="257"/>
        <source>Folder of returned workbooks</source>
        <translation>收回的工作簿所在文件夹</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/collection_tab.py" line="264"/>
        <source>Returned workbooks</source>
        <translation>收回的工作簿</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/collection_tab.py" line="266"/>
        <source>Excel workbooks (*.xlsx *.xlsm *.xls);;All files (*)</source>
        <translation>Excel 工作簿 (*.xlsx *.xlsm *.xls);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/collection_tab.py" line="279"/>
        <source>Importing returned workbooks…</source>
        <translation>正在导入收回的工作簿…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/collection_tab.py" line="279"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/collection_tab.py" line="289"/>
        <source>Import returned workbooks</source>
        <translation>导入收回的工作簿</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/collection_tab.py" line="307"/>
        <source>Last import: {files} file(s), {saved} saved, {other} not saved</source>
        <translation>上次导入：{files} 个文件，{saved} 个已保存，{other} 个未保存</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/collection_tab.py" line="314"/>
        <source>Overwrite with the {n} file(s) in conflict…</source>
        <translation>用 {n} 个冲突文件覆盖…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/collection_tab.py" line="325"/>
        <source>Overwrite figures</source>
        <translation>覆盖数据</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/collection_tab.py" line="327"/>
        <source>Replace the figures already entered for {period} with those of {n} returned workbook(s)? The figures entered before are not kept.</source>
        <translation>用 {n} 份收回的工作簿替换 {period} 已录入的数据吗？之前录入的数据将不再保留。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/collection_tab.py" line="350"/>
        <source>Copied {n} tenant(s) with their contacts: paste them into a spreadsheet or an e-mail.</source>
        <translation>已复制 {n} 家企业及其联系人，可粘贴到表格或邮件中。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/collection_tab.py" line="369"/>
        <location filename="../../src/incubator_desk/ui/pages/reports/collection_tab.py" line="377"/>
        <source>Remind by e-mail</source>
        <translation>邮件催报</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/collection_tab.py" line="371"/>
        <source>The {n} addresses are too many for one link: they were copied to the clipboard. Paste them into the Bcc field of the message that opens.</source>
        <translation>{n} 个邮箱地址太多，无法放进一个链接，已复制到剪贴板。请粘贴到打开的邮件的“密送”栏。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/collection_tab.py" line="377"/>
        <source>No mail program opened the link.</source>
        <translation>没有邮件程序打开此链接。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/collection_tab.py" line="385"/>
        <location filename="../../src/incubator_desk/ui/pages/reports/collection_tab.py" line="397"/>
        <source>Save the reminder list</source>
        <translation>保存催报名单</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/collection_tab.py" line="391"/>
        <source>CSV for a mail merge (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>用于邮件合并的 CSV (*.csv);;Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/collection_tab.py" line="402"/>
        <source>Saved {n} tenant(s) to {path}.</source>
        <translation>已将 {n} 家企业保存到 {path}。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/collection_tab.py" line="424"/>
        <source>Open the folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/collection_tab.py" line="425"/>
        <source>The folder {folder} cannot be opened: was it moved?</source>
        <translation>无法打开文件夹 {folder}：是否已被移动？</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/collection_tab.py" line="433"/>
        <source>Tenant</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/collection_tab.py" line="434"/>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/collection_tab.py" line="436"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/collection_tab.py" line="441"/>
        <source>Returned file</source>
        <translation>收回的文件</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/collection_tab.py" line="442"/>
        <source>Returned at</source>
        <translation>收回时间</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/collection_tab.py" line="472"/>
        <source>No collection round yet. Start one for a quarter&apos;s figures or a year&apos;s statistics return: a workbook is written for every tenant in incubation, to send by e-mail. Import the workbooks that come back here (or drop them onto this page) and see who is still missing.</source>
        <translation>还没有数据收集轮次。可为某季度的经营数据或某年度的统计年报开始收集：系统为每家在孵企业生成一份工作簿，通过邮件发出。收回的工作簿在此导入（或拖放到本页），即可看到哪些企业尚未报送。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/collection_tab.py" line="487"/>
        <source>Returned</source>
        <translation>已收回</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/collection_tab.py" line="443"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/collection_tab.py" line="173"/>
        <source>{year} (annual return)</source>
        <translation>{year}（统计年报）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/collection_tab.py" line="444"/>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/collection_tab.py" line="445"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/collection_tab.py" line="447"/>
        <source>What was wrong</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/collection_tab.py" line="455"/>
        <source>missing</source>
        <translation>未交</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/collection_tab.py" line="456"/>
        <source>rejected</source>
        <translation>退回</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/collection_tab.py" line="457"/>
        <source>conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/collection_tab.py" line="458"/>
        <source>accepted</source>
        <translation>已接收</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/collection_tab.py" line="462"/>
        <source>&amp;Round:</source>
        <translation>轮次(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/collection_tab.py" line="464"/>
        <source>&amp;Start a round…</source>
        <translation>开始收集(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/collection_tab.py" line="465"/>
        <source>&amp;Import returned workbooks</source>
        <translation>导入收回的工作簿(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/collection_tab.py" line="466"/>
        <source>From a &amp;folder…</source>
        <translation>从文件夹(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/collection_tab.py" line="467"/>
        <source>Pick &amp;files…</source>
        <translation>选择文件(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/collection_tab.py" line="468"/>
        <source>O&amp;verwrite figures already entered</source>
        <translation>覆盖已录入的数据(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/collection_tab.py" line="469"/>
        <source>Open the &amp;folder</source>
        <translation>打开文件夹(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/collection_tab.py" line="478"/>
        <source>Search by name or credit code…</source>
        <translation>按名称或信用代码搜索…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/collection_tab.py" line="485"/>
        <source>All tenants</source>
        <translation>全部企业</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/collection_tab.py" line="486"/>
        <source>Missing</source>
        <translation>未交</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/collection_tab.py" line="488"/>
        <source>Accepted</source>
        <translation>已接收</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/collection_tab.py" line="489"/>
        <source>Rejected</source>
        <translation>退回</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/collection_tab.py" line="490"/>
        <source>In conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/collection_tab.py" line="497"/>
        <source>&amp;Copy list</source>
        <translation>复制名单(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/collection_tab.py" line="498"/>
        <source>&amp;E-mail…</source>
        <translation>发邮件(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/collection_tab.py" line="499"/>
        <source>Save as .cs&amp;v…</source>
        <translation>另存为 .csv(&amp;V)…</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/tenants.py" line="75"/>
        <source>Name (Chinese)</source>
        <translation>企业名称（中文）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/tenants.py" line="76"/>
        <source>Name (English)</source>
        <translation>企业名称（英文）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/tenants.py" line="77"/>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/tenants.py" line="78"/>
        <source>Stage</source>
        <translation>孵化阶段</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/tenants.py" line="81"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/tenants.py" line="85"/>
        <source>Entry date</source>
        <translation>入孵日期</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/tenants.py" line="88"/>
        <source>Planned graduation</source>
        <translation>计划毕业日期</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/tenants.py" line="91"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/tenants.py" line="92"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/tenants.py" line="93"/>
        <source>HTE</source>
        <translation>高企</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/training.py" line="58"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/sessions.py" line="61"/>
        <location filename="../../src/incubator_desk/ui/pages/training.py" line="59"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/sessions.py" line="56"/>
        <location filename="../../src/incubator_desk/ui/pages/training.py" line="53"/>
        <source>Starts</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/sessions.py" line="57"/>
        <source>Mentor</source>
        <translation>导师</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/audit/browser.py" line="50"/>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/sessions.py" line="58"/>
        <source>Tenant</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/sessions.py" line="59"/>
        <source>Service</source>
        <translation>服务类型</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/sessions.py" line="60"/>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/training.py" line="54"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/training.py" line="55"/>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/training.py" line="56"/>
        <source>Registered</source>
        <translation>已报名</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/training.py" line="57"/>
        <source>Waiting list</source>
        <translation>候补</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/audit/browser.py" line="43"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/audit/browser.py" line="44"/>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/audit/browser.py" line="45"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/audit/browser.py" line="46"/>
        <source>Record type</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/audit/browser.py" line="47"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
</context>
<context>
    <name>CommitteeDialog</name>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_steps.py" line="186"/>
        <source>Committee decision</source>
        <translation>投决会决议</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_steps.py" line="189"/>
        <source>Names separated by commas</source>
        <translation>姓名，用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_steps.py" line="196"/>
        <source>Approved</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_steps.py" line="197"/>
        <source>Rejected</source>
        <translation>否决</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_steps.py" line="198"/>
        <source>Deferred</source>
        <translation>暂缓</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_steps.py" line="205"/>
        <source>Meeting &amp;date:</source>
        <translation>会议日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_steps.py" line="206"/>
        <source>&amp;Members present:</source>
        <translation>出席委员(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_steps.py" line="207"/>
        <source>Votes &amp;for:</source>
        <translation>赞成票(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_steps.py" line="208"/>
        <source>Votes &amp;against:</source>
        <translation>反对票(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_steps.py" line="209"/>
        <source>A&amp;bstentions:</source>
        <translation>弃权(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_steps.py" line="210"/>
        <source>D&amp;ecision:</source>
        <translation>决议(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_steps.py" line="211"/>
        <source>Amount a&amp;pproved (¥):</source>
        <translation>批准金额（¥）(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_steps.py" line="212"/>
        <source>C&amp;onditions:</source>
        <translation>附加条件(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_steps.py" line="218"/>
        <source>&amp;Record</source>
        <translation>记录(&amp;R)</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../src/incubator_desk/ui/crash_dialog.py" line="60"/>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/crash_dialog.py" line="72"/>
        <source>%1 met an error it did not expect. What was saved before is safe; the last action may not have been completed.</source>
        <translation>%1 遇到了意外错误。之前已保存的数据不受影响；最后一步操作可能没有完成。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/crash_dialog.py" line="78"/>
        <source>What happened: %1</source>
        <translation>发生了什么：%1</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/crash_dialog.py" line="88"/>
        <source>The details were written to the log: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;. If the problem comes back, send the details to whoever looks after the program.</source>
        <translation>详细信息已写入日志：&lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;。如果问题再次出现，请把详细信息发给负责维护本程序的人员。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/crash_dialog.py" line="97"/>
        <source>No log file could be written; copy the details to keep them.</source>
        <translation>无法写入日志文件；请复制详细信息以便保留。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/crash_dialog.py" line="111"/>
        <source>&amp;Copy details</source>
        <translation>复制详细信息(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/crash_dialog.py" line="114"/>
        <location filename="../../src/incubator_desk/ui/crash_dialog.py" line="134"/>
        <source>Show &amp;details</source>
        <translation>显示详细信息(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/crash_dialog.py" line="130"/>
        <source>Copied.</source>
        <translation>已复制。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/crash_dialog.py" line="134"/>
        <source>Hide &amp;details</source>
        <translation>隐藏详细信息(&amp;D)</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/dashboard.py" line="260"/>
        <location filename="../../src/incubator_desk/ui/pages/dashboard.py" line="305"/>
        <location filename="../../src/incubator_desk/ui/pages/dashboard.py" line="375"/>
        <source>Dashboard</source>
        <translation>仪表盘</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/dashboard.py" line="349"/>
        <source>%1 %2: %3 of %4 met</source>
        <translation>%1 %2：满足 %3/%4 项</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/dashboard.py" line="404"/>
        <source>Open tenant</source>
        <translation>打开企业</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/dashboard.py" line="405"/>
        <source>Graduation report…</source>
        <translation>毕业评估报告…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/dashboard.py" line="407"/>
        <location filename="../../src/incubator_desk/ui/pages/dashboard.py" line="429"/>
        <location filename="../../src/incubator_desk/ui/pages/dashboard.py" line="447"/>
        <location filename="../../src/incubator_desk/ui/pages/dashboard.py" line="454"/>
        <source>Tenant</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/dashboard.py" line="408"/>
        <location filename="../../src/incubator_desk/ui/pages/dashboard.py" line="429"/>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/dashboard.py" line="409"/>
        <source>Months / limit</source>
        <translation>已孵化月数 / 期限</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/dashboard.py" line="410"/>
        <source>Criteria met</source>
        <translation>满足的条件</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/dashboard.py" line="416"/>
        <location filename="../../src/incubator_desk/ui/pages/dashboard.py" line="559"/>
        <source>Graduation candidates</source>
        <translation>可毕业企业</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/dashboard.py" line="422"/>
        <location filename="../../src/incubator_desk/ui/pages/dashboard.py" line="560"/>
        <source>Overdue tenants</source>
        <translation>超期企业</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/dashboard.py" line="428"/>
        <source>Figures missing for %1</source>
        <translation>%1 未报经营数据</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/dashboard.py" line="429"/>
        <source>Entry date</source>
        <translation>入孵日期</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/dashboard.py" line="434"/>
        <source>Mentoring sessions this week</source>
        <translation>本周辅导</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/dashboard.py" line="435"/>
        <location filename="../../src/incubator_desk/ui/pages/dashboard.py" line="441"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/dashboard.py" line="435"/>
        <source>Mentor</source>
        <translation>导师</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/dashboard.py" line="435"/>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/dashboard.py" line="440"/>
        <location filename="../../src/incubator_desk/ui/pages/dashboard.py" line="563"/>
        <source>Events this week</source>
        <translation>本周活动</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/dashboard.py" line="441"/>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/dashboard.py" line="441"/>
        <source>Registered</source>
        <translation>已报名</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/dashboard.py" line="446"/>
        <source>Allocations ending within 60 days</source>
        <translation>60 天内到期的租约</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/dashboard.py" line="447"/>
        <source>Space</source>
        <translation>房间 / 工位</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/dashboard.py" line="447"/>
        <source>Ends on</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/dashboard.py" line="452"/>
        <location filename="../../src/incubator_desk/ui/pages/dashboard.py" line="566"/>
        <source>Overdue money</source>
        <translation>逾期欠费</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/dashboard.py" line="455"/>
        <source>Overdue</source>
        <translation>逾期金额</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/dashboard.py" line="456"/>
        <source>Over 90 days</source>
        <translation>90 天以上</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/dashboard.py" line="457"/>
        <source>Oldest (days)</source>
        <translation>最长逾期（天）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/dashboard.py" line="484"/>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/dashboard.py" line="488"/>
        <source>* %1 up to %2</source>
        <translation>* %1 年截至 %2</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/dashboard.py" line="490"/>
        <source>Nothing recorded yet</source>
        <translation>尚无记录</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/dashboard.py" line="492"/>
        <source>Tenants by stage</source>
        <translation>各阶段在孵企业</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/dashboard.py" line="493"/>
        <source>In grey: tenants who have left the incubator</source>
        <translation>灰色：已离开孵化器的企业</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/dashboard.py" line="494"/>
        <source>No tenants yet</source>
        <translation>尚无企业</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/dashboard.py" line="497"/>
        <source>Occupancy by floor</source>
        <translation>各楼层出租率</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/dashboard.py" line="497"/>
        <source>Share of lettable area let today</source>
        <translation>今日可出租面积中已出租的比例</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/dashboard.py" line="500"/>
        <source>Tenants entering and leaving, by year</source>
        <translation>每年入驻与离开的企业</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/dashboard.py" line="502"/>
        <source>Funding approved and paid, by year</source>
        <translation>每年批准与拨付的资金</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/dashboard.py" line="508"/>
        <source>Tenants</source>
        <translation>在孵企业</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/dashboard.py" line="521"/>
        <source>Let</source>
        <translation>已出租</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/dashboard.py" line="529"/>
        <source>Entered</source>
        <translation>入驻</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/dashboard.py" line="530"/>
        <source>Graduated</source>
        <translation>毕业</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/dashboard.py" line="531"/>
        <source>Exited</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/dashboard.py" line="538"/>
        <source>Approved</source>
        <translation>批准</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/dashboard.py" line="539"/>
        <source>Paid</source>
        <translation>已拨付</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/dashboard.py" line="567"/>
        <source>National levels (self-assessment)</source>
        <translation>国家标准自评</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/dashboard.py" line="576"/>
        <source>Counting the figures…</source>
        <translation>正在统计数据…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/dashboard.py" line="581"/>
        <source>Figures as of %1</source>
        <translation>数据截至 %1</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/dashboard.py" line="593"/>
        <source>Left the incubator: %1</source>
        <translation>已离开孵化器：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/incubator_desk/ui/pages/dashboard.py" line="646"/>
        <source>%n tenant(s) past the due date; %1 over 90 days</source>
        <translation>
            <numerusform>%n 家企业逾期未付；90 天以上 %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/dashboard.py" line="649"/>
        <source>no bill is past its due date</source>
        <translation>没有逾期账单</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/dashboard.py" line="655"/>
        <source>levels reached in %1</source>
        <translation>%1 年达到的级别</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/dashboard.py" line="557"/>
        <source>Tenants in incubation</source>
        <translation>在孵企业</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/dashboard.py" line="558"/>
        <source>Occupancy by area</source>
        <translation>面积出租率</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/dashboard.py" line="597"/>
        <source>%1 of %2 m² let; %3 of %4 units</source>
        <translation>已出租 %1 / %2 m²；%3 / %4 个房间</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/dashboard.py" line="605"/>
        <source>in incubation and meeting the graduation rules</source>
        <translation>在孵且满足毕业条件</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/dashboard.py" line="609"/>
        <source>past their incubation limit; longest %1 months</source>
        <translation>超过孵化期限；最长 %1 个月</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/dashboard.py" line="613"/>
        <source>none past their incubation limit</source>
        <translation>无超期企业</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/dashboard.py" line="561"/>
        <source>Figures missing</source>
        <translation>未报经营数据</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/dashboard.py" line="619"/>
        <source>tenants with no figures for %1</source>
        <translation>家企业未报 %1 数据</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/dashboard.py" line="562"/>
        <source>Mentoring this week</source>
        <translation>本周辅导</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/dashboard.py" line="623"/>
        <source>sessions; %1 active mentors</source>
        <translation>次辅导；在册导师 %1 名</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/dashboard.py" line="627"/>
        <source>%1 in the next 30 days</source>
        <translation>未来 30 天 %1 场</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/dashboard.py" line="564"/>
        <source>Open applications</source>
        <translation>进行中的融资申请</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/dashboard.py" line="632"/>
        <source>%1 funds; ¥%2 committed</source>
        <translation>%1 个基金；已承诺 ¥%2</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/dashboard.py" line="565"/>
        <source>Allocations ending</source>
        <translation>即将到期的租赁</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/dashboard.py" line="638"/>
        <source>within the next 60 days</source>
        <translation>未来 60 天内到期</translation>
    </message>
</context>
<context>
    <name>DatabaseProblemDialog</name>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/database_problem.py" line="38"/>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/database_problem.py" line="64"/>
        <source>The database is not there</source>
        <translation>找不到数据库</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/database_problem.py" line="67"/>
        <source>Incubator Desk cannot find %1.

If it is on a USB stick or a network drive, connect it and choose Try again. If the file was moved or renamed, locate it. Nothing has been created in its place.</source>
        <translation>孵化器管理台找不到 %1。

如果它在 U 盘或网络驱动器上，请连接后选择“重试”。如果文件被移动或改名，请找到它。程序没有在原位置新建任何文件。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/database_problem.py" line="74"/>
        <location filename="../../src/incubator_desk/ui/dialogs/database_problem.py" line="92"/>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/database_problem.py" line="75"/>
        <source>after connecting the USB stick or network drive</source>
        <translation>连接 U 盘或网络驱动器之后</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/database_problem.py" line="78"/>
        <source>Locate it…</source>
        <translation>查找文件…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/database_problem.py" line="78"/>
        <source>find the file where it is now</source>
        <translation>找到文件现在所在的位置</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/database_problem.py" line="81"/>
        <source>The database is damaged</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/database_problem.py" line="85"/>
        <source>Restore from a backup…</source>
        <translation>从备份恢复…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/database_problem.py" line="86"/>
        <source>the damaged file is kept aside, nothing is deleted</source>
        <translation>损坏的文件会另存一旁，不会删除任何内容</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/database_problem.py" line="89"/>
        <source>The database is busy</source>
        <translation>数据库正忙</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/database_problem.py" line="92"/>
        <source>once the other program has finished</source>
        <translation>等另一个程序完成之后</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/database_problem.py" line="95"/>
        <source>The database cannot be opened</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/database_problem.py" line="99"/>
        <source>Open another database…</source>
        <translation>打开其他数据库…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/database_problem.py" line="100"/>
        <source>a database file, or an archive exported on another computer</source>
        <translation>数据库文件，或在另一台电脑上导出的归档</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/database_problem.py" line="102"/>
        <source>Create a new database…</source>
        <translation>新建数据库…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/database_problem.py" line="103"/>
        <source>start with an empty database</source>
        <translation>从空数据库开始</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/database_problem.py" line="105"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>DepositDialog</name>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/forms.py" line="183"/>
        <source>Return deposit</source>
        <translation>退还押金</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/forms.py" line="183"/>
        <source>Deposit received</source>
        <translation>收取押金</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/forms.py" line="184"/>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/forms.py" line="185"/>
        <source>&amp;Amount:</source>
        <translation>金额(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/forms.py" line="188"/>
        <source>&amp;How:</source>
        <translation>方式(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/forms.py" line="189"/>
        <source>&amp;Reference:</source>
        <translation>凭证号(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/documents.py" line="64"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/documents.py" line="65"/>
        <source>&amp;Save as…</source>
        <translation>另存为(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/documents.py" line="66"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/documents.py" line="68"/>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/documents.py" line="94"/>
        <source>Making the document…</source>
        <translation>正在生成文件…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/incubator_desk/ui/pages/billing/documents.py" line="124"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>共 %n 页</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/incubator_desk/ui/pages/billing/documents.py" line="147"/>
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>已向打印机发送 %n 页。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/documents.py" line="149"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/documents.py" line="149"/>
        <source>The printer could not be opened.</source>
        <translation>无法打开打印机。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/documents.py" line="158"/>
        <location filename="../../src/incubator_desk/ui/pages/billing/documents.py" line="173"/>
        <source>Save the document</source>
        <translation>保存文件</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/documents.py" line="160"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/documents.py" line="175"/>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
</context>
<context>
    <name>EndAllocationDialog</name>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/allocation_dialog.py" line="381"/>
        <source>End allocation</source>
        <translation>结束分配</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/allocation_dialog.py" line="382"/>
        <source>Tenant:</source>
        <translation>企业：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/allocation_dialog.py" line="383"/>
        <source>Unit:</source>
        <translation>房间：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/allocation_dialog.py" line="390"/>
        <source>&amp;Last day:</source>
        <translation>最后一天(&amp;L)：</translation>
    </message>
</context>
<context>
    <name>EndingTab</name>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/allocations_tabs.py" line="107"/>
        <source>Ending within</source>
        <translation>到期范围</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/allocations_tabs.py" line="108"/>
        <source> days</source>
        <translation> 天内</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/allocations_tabs.py" line="109"/>
        <source>&amp;Extend or change…</source>
        <translation>续租或修改(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/allocations_tabs.py" line="119"/>
        <source>%1 allocations</source>
        <translation>%1 条分配</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/allocations_tabs.py" line="124"/>
        <source>Extend</source>
        <translation>续租</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/allocations_tabs.py" line="124"/>
        <source>Select an allocation first.</source>
        <translation>请先选择一条分配记录。</translation>
    </message>
</context>
<context>
    <name>EquipmentDialog</name>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/booking_dialog.py" line="124"/>
        <source>Edit equipment</source>
        <translation>编辑设备</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/booking_dialog.py" line="124"/>
        <source>New equipment</source>
        <translation>新建设备</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/booking_dialog.py" line="125"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/booking_dialog.py" line="127"/>
        <source>&amp;Kept in:</source>
        <translation>存放位置(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/booking_dialog.py" line="128"/>
        <source>(not in a unit)</source>
        <translation>（不在房间内）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/booking_dialog.py" line="131"/>
        <source>&amp;Hourly rate:</source>
        <translation>每小时费用(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/booking_dialog.py" line="135"/>
        <source>&amp;Buffer between bookings:</source>
        <translation>预订间隔(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/booking_dialog.py" line="138"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/booking_dialog.py" line="139"/>
        <source>In &amp;service (can be booked)</source>
        <translation>可用（可预订）(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/booking_dialog.py" line="141"/>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/event_dialog.py" line="37"/>
        <source>Edit event</source>
        <translation>编辑活动</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/event_dialog.py" line="37"/>
        <source>New event</source>
        <translation>新建活动</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/event_dialog.py" line="40"/>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/event_dialog.py" line="45"/>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/event_dialog.py" line="51"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/event_dialog.py" line="54"/>
        <source>&amp;When:</source>
        <translation>时间(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/event_dialog.py" line="59"/>
        <source>&amp;Room:</source>
        <translation>会议室(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/event_dialog.py" line="63"/>
        <source>O&amp;utside address:</source>
        <translation>外部地址(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/event_dialog.py" line="69"/>
        <source>Venue:</source>
        <translation>地点：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/event_dialog.py" line="75"/>
        <source>&amp;Capacity:</source>
        <translation>容量(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/event_dialog.py" line="78"/>
        <source>S&amp;peakers:</source>
        <translation>主讲人(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/event_dialog.py" line="88"/>
        <source>For &amp;stages:</source>
        <translation>面向阶段(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/event_dialog.py" line="92"/>
        <source>&amp;Description:</source>
        <translation>简介(&amp;D)：</translation>
    </message>
</context>
<context>
    <name>FeeDialog</name>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/forms.py" line="149"/>
        <source>New one-off fee</source>
        <translation>新增一次性收费</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/forms.py" line="151"/>
        <source>&amp;Tenant:</source>
        <translation>企业(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/forms.py" line="152"/>
        <source>Type part of the name…</source>
        <translation>输入企业名称的一部分…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/forms.py" line="155"/>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/forms.py" line="156"/>
        <source>&amp;For:</source>
        <translation>收费事项(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/forms.py" line="158"/>
        <source>e.g. a replacement key card</source>
        <translation>如：补办门禁卡</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/forms.py" line="159"/>
        <source>&amp;Amount:</source>
        <translation>金额(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/forms.py" line="165"/>
        <source>Choose a tenant from the list.</source>
        <translation>请从列表中选择企业。</translation>
    </message>
</context>
<context>
    <name>FiguresTab</name>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_detail.py" line="347"/>
        <source>&amp;Quarter:</source>
        <translation>季度(&amp;Q)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_detail.py" line="349"/>
        <source>&amp;Save figures</source>
        <translation>保存数据(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_detail.py" line="350"/>
        <source>Add &amp;investment…</source>
        <translation>添加投资(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_detail.py" line="364"/>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_detail.py" line="365"/>
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_detail.py" line="366"/>
        <source>Previous quarter</source>
        <translation>上季度</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_detail.py" line="367"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_detail.py" line="427"/>
        <source>Awards</source>
        <translation>获奖情况</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_detail.py" line="447"/>
        <source>Recorded</source>
        <translation>已填报</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_detail.py" line="447"/>
        <source>Not yet recorded</source>
        <translation>尚未填报</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_detail.py" line="471"/>
        <source>Not a number: “{text}”</source>
        <translation>不是数字：“{text}”</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_detail.py" line="510"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_detail.py" line="523"/>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_detail.py" line="525"/>
        <source>Investment (¥)</source>
        <translation>获得投资（元）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_detail.py" line="546"/>
        <source>Revenue, R&amp;D spend (¥10k) and staff by quarter</source>
        <translation>各季度营业收入、研发投入（万元）与员工人数</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_detail.py" line="548"/>
        <source>No quarterly figures recorded yet</source>
        <translation>尚无季度经营数据</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_detail.py" line="551"/>
        <source>Revenue (¥10k)</source>
        <translation>营业收入（万元）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_detail.py" line="553"/>
        <source>R&amp;D spend (¥10k)</source>
        <translation>研发投入（万元）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_detail.py" line="555"/>
        <source>Staff</source>
        <translation>员工人数</translation>
    </message>
</context>
<context>
    <name>FirstAdministratorDialog</name>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/sign_in.py" line="200"/>
        <source>The first administrator</source>
        <translation>第一个管理员</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/sign_in.py" line="203"/>
        <source>This database is on a server that several people share, and it has no accounts yet. Create the first administrator: the one who adds everyone else&apos;s account in Settings → Accounts. Everyone signs in from now on.</source>
        <translation>此数据库位于多人共用的服务器上，尚无任何账户。请创建第一个管理员：由其在“设置 → 账户”中为其他人添加账户。此后每个人都需登录。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/sign_in.py" line="209"/>
        <source>Until now everyone using this database worked as the automatic local administrator, with no sign-in. Once this first administrator exists, everyone signs in with an account of their own, and the administrator gives each one a role. This cannot be undone.</source>
        <translation>到目前为止，使用此数据库的人都以自动本地管理员身份工作，无需登录。创建第一个管理员后，每个人都要用自己的账户登录，由管理员为每个账户分配角色。此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/sign_in.py" line="216"/>
        <source>&amp;Create and sign in</source>
        <translation>创建并登录(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/sign_in.py" line="218"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/sign_in.py" line="218"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/first_run.py" line="150"/>
        <source>Choose the logo for report covers</source>
        <translation>选择报告封面的徽标</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/first_run.py" line="152"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/first_run.py" line="181"/>
        <source>None (optional)</source>
        <translation>无（可选）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/first_run.py" line="201"/>
        <location filename="../../src/incubator_desk/ui/dialogs/first_run.py" line="202"/>
        <source>Welcome to Incubator Desk</source>
        <translation>欢迎使用孵化器管理台</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/first_run.py" line="205"/>
        <source>This database is new. Tell us about your incubator: its name and logo appear on reports and returns, and every time (sessions, events, bookings) is shown in its time zone, on screen and in PDF reports alike. Everything can be changed later in Settings.</source>
        <translation>这是一个新数据库。请填写孵化器的基本信息：名称和徽标会出现在报告和统计报表上；所有时间（辅导、活动、预订）都按孵化器所在时区显示，屏幕上和 PDF 报告中一致。以上内容以后都可以在“设置”中修改。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/first_run.py" line="211"/>
        <source>Name in &amp;Chinese:</source>
        <translation>中文名称(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/first_run.py" line="213"/>
        <source>e.g. 南山科技创业孵化器</source>
        <translation>例如：南山科技创业孵化器</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/first_run.py" line="214"/>
        <source>Name in &amp;English:</source>
        <translation>英文名称(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/first_run.py" line="216"/>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/first_run.py" line="217"/>
        <source>Logo:</source>
        <translation>徽标：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/first_run.py" line="218"/>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/first_run.py" line="219"/>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/first_run.py" line="221"/>
        <source>&amp;Time zone:</source>
        <translation>时区(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/first_run.py" line="224"/>
        <source>Times are shown in this zone whatever this computer is set to.</source>
        <translation>无论本机设置为哪个时区，时间都按此时区显示。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/first_run.py" line="226"/>
        <source>&amp;Continue</source>
        <translation>继续(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/first_run.py" line="227"/>
        <source>&amp;Later</source>
        <translation>以后再说(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/first_run.py" line="228"/>
        <source>How would you like to start?</source>
        <translation>您想从哪里开始？</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/first_run.py" line="230"/>
        <source>Your incubator is set up. The time zone is %1.</source>
        <translation>孵化器信息已保存，时区为 %1。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/first_run.py" line="234"/>
        <source>Import tenants from Excel…</source>
        <translation>从 Excel 导入在孵企业…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/first_run.py" line="237"/>
        <source>Read your own spreadsheet (.xlsx or .csv, UTF-8 or GBK, Chinese headers). You see a report for every row before anything is saved.</source>
        <translation>读取您自己的表格（.xlsx 或 .csv，UTF-8 或 GBK 编码，中文表头）。保存之前会逐行显示检查结果。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/first_run.py" line="241"/>
        <source>Open the demo instead</source>
        <translation>先打开演示数据</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/first_run.py" line="244"/>
        <source>Look around first with 300 made-up tenants, in a separate demo database. This database stays as it is.</source>
        <translation>先用包含 300 家虚构企业的独立演示数据库看看。当前数据库保持不变。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/first_run.py" line="248"/>
        <source>Start with an empty register</source>
        <translation>从空白名册开始</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/first_run.py" line="250"/>
        <source>Add tenants one by one; you can import a spreadsheet later from Tenants.</source>
        <translation>逐个添加企业；以后也可以在“在孵企业”页面导入表格。</translation>
    </message>
</context>
<context>
    <name>FloorPlan</name>
    <message>
        <location filename="../../src/incubator_desk/ui/widgets/floor_plan.py" line="72"/>
        <source>Vacant</source>
        <translation>空置</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/widgets/floor_plan.py" line="73"/>
        <source>Desks free</source>
        <translation>有空余工位</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/widgets/floor_plan.py" line="74"/>
        <source>Occupied</source>
        <translation>已入驻</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/widgets/floor_plan.py" line="75"/>
        <source>Ending within {days} days</source>
        <translation>{days} 天内到期</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/widgets/floor_plan.py" line="114"/>
        <source>{area} m²</source>
        <translation>{area} 平方米</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/widgets/floor_plan.py" line="119"/>
        <source>Desks: {taken} of {desks} taken</source>
        <translation>工位：已用 {taken} / 共 {desks}</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/widgets/floor_plan.py" line="127"/>
        <source>Ends {day}</source>
        <translation>{day} 到期</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/widgets/floor_plan.py" line="76"/>
        <source>Under maintenance</source>
        <translation>维修中</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/widgets/floor_plan.py" line="77"/>
        <source>Meeting room</source>
        <translation>会议室</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/widgets/floor_plan.py" line="78"/>
        <source>Retired</source>
        <translation>已停用</translation>
    </message>
</context>
<context>
    <name>FloorTab</name>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/floor_tab.py" line="134"/>
        <source>Spaces</source>
        <translation>空间</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/floor_tab.py" line="136"/>
        <source>Zoom out (Ctrl+wheel, or -)</source>
        <translation>缩小（Ctrl+滚轮，或 -）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/floor_tab.py" line="138"/>
        <source>Zoom in (Ctrl+wheel, or +)</source>
        <translation>放大（Ctrl+滚轮，或 +）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/floor_tab.py" line="139"/>
        <source>Fit</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/floor_tab.py" line="140"/>
        <source>Show the whole floor (100 %)</source>
        <translation>显示整层（100 %）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/floor_tab.py" line="142"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/floor_tab.py" line="143"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/floor_tab.py" line="144"/>
        <source>Show the whole floor</source>
        <translation>显示整层平面</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/floor_tab.py" line="148"/>
        <source>Zoom</source>
        <translation>缩放</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/floor_tab.py" line="149"/>
        <source>&amp;Edit layout</source>
        <translation>编辑布局(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/floor_tab.py" line="152"/>
        <source>Drag units to move them; drag the blue corner to resize. Then save the layout.</source>
        <translation>拖动房间可移动位置，拖动蓝色角可调整大小，然后保存布局。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/floor_tab.py" line="155"/>
        <source>&amp;Save layout</source>
        <translation>保存布局(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/floor_tab.py" line="156"/>
        <source>&amp;Discard changes</source>
        <translation>放弃修改(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/floor_tab.py" line="157"/>
        <source>Add &amp;unit…</source>
        <translation>添加房间(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/floor_tab.py" line="158"/>
        <source>&amp;Allocate…</source>
        <translation>分配(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/floor_tab.py" line="159"/>
        <source>Edit u&amp;nit…</source>
        <translation>编辑房间(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/floor_tab.py" line="160"/>
        <source>&amp;Remove…</source>
        <translation>删除(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/floor_tab.py" line="162"/>
        <source>Delete a unit entered by mistake; a unit with any history is retired instead.</source>
        <translation>删除误录的房间；有历史记录的房间改为停用。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/floor_tab.py" line="164"/>
        <source>Allocation history</source>
        <translation>分配记录</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/floor_tab.py" line="166"/>
        <source>&amp;Change…</source>
        <translation>修改(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/floor_tab.py" line="167"/>
        <source>&amp;Move…</source>
        <translation>调换(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/floor_tab.py" line="168"/>
        <source>E&amp;nd…</source>
        <translation>结束(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/floor_tab.py" line="169"/>
        <source>Cance&amp;l</source>
        <translation>作废(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/floor_tab.py" line="170"/>
        <source>Cancel an allocation entered by mistake</source>
        <translation>作废误录的分配</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/floor_tab.py" line="239"/>
        <source>List rent %1 %2</source>
        <translation>挂牌租金 %1 %2</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/floor_tab.py" line="243"/>
        <source>(%1 a month for the whole unit)</source>
        <translation>（整间每月 %1）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/floor_tab.py" line="147"/>
        <location filename="../../src/incubator_desk/ui/pages/spaces/floor_tab.py" line="180"/>
        <source>Floor plan</source>
        <translation>楼层平面图</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/floor_tab.py" line="180"/>
        <source>Discard the layout changes not yet saved?</source>
        <translation>放弃尚未保存的布局修改？</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/floor_tab.py" line="223"/>
        <source>Click a unit</source>
        <translation>请点击房间</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/floor_tab.py" line="225"/>
        <source>Click a unit on the plan to see who holds it and its history.</source>
        <translation>点击平面图上的房间，查看使用企业和分配记录。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/floor_tab.py" line="237"/>
        <source>%1 m²</source>
        <translation>%1 平方米</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/floor_tab.py" line="250"/>
        <source>Desks: %1 of %2 taken</source>
        <translation>工位：已用 %1 / 共 %2</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/floor_tab.py" line="260"/>
        <source>Held on %1 by %2</source>
        <translation>%1 由 %2 使用</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/floor_tab.py" line="263"/>
        <source>Booked by the hour (Bookings tab)</source>
        <translation>按小时预订（见“预订”标签页）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/floor_tab.py" line="265"/>
        <source>Vacant on %1</source>
        <translation>%1 空置</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/floor_tab.py" line="269"/>
        <source>Allocation ends on %1</source>
        <translation>租期至 %1 结束</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/floor_tab.py" line="330"/>
        <source>Layout saved.</source>
        <translation>布局已保存。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/floor_tab.py" line="363"/>
        <source>Remove unit</source>
        <translation>删除房间</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/floor_tab.py" line="365"/>
        <source>Remove %1? If nothing refers to it, it is deleted. If it has allocations or bookings, it is retired instead: it stays in the history but can no longer be allocated or booked.</source>
        <translation>删除 %1？如果没有任何记录引用它，将被删除；如果有分配或预订记录，则改为停用：仍保留在历史记录中，但不能再分配或预订。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/floor_tab.py" line="376"/>
        <source>%1 deleted.</source>
        <translation>%1 已删除。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/floor_tab.py" line="376"/>
        <source>%1 retired.</source>
        <translation>%1 已停用。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/floor_tab.py" line="409"/>
        <source>Cancel the allocation of %1 to %2 from %3? Use this only for an entry made by mistake; to stop an allocation, end it.</source>
        <translation>作废 %1 自 %3 起分配给 %2 的记录？仅用于误录；如要终止分配，请使用“结束”。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/floor_tab.py" line="416"/>
        <source>Cancel allocation</source>
        <translation>作废分配</translation>
    </message>
</context>
<context>
    <name>FundDialog</name>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/fund_dialog.py" line="37"/>
        <source>Edit fund</source>
        <translation>编辑基金</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/fund_dialog.py" line="37"/>
        <source>New fund</source>
        <translation>新建基金</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/fund_dialog.py" line="50"/>
        <source>Open for applications</source>
        <translation>接受申请</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/fund_dialog.py" line="55"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/fund_dialog.py" line="56"/>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/fund_dialog.py" line="57"/>
        <source>&amp;Size or budget (¥):</source>
        <translation>规模或预算（¥）(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/fund_dialog.py" line="58"/>
        <source>Per-deal &amp;cap (¥):</source>
        <translation>单笔上限（¥）(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/fund_dialog.py" line="59"/>
        <source>Start &amp;year:</source>
        <translation>起始年份(&amp;Y)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/fund_dialog.py" line="61"/>
        <source>Interest &amp;rate (%):</source>
        <translation>利率（%）(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/fund_dialog.py" line="62"/>
        <source>Interest subsidy 贴息 (%):</source>
        <translation>贷款贴息 贴息（%）：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/fund_dialog.py" line="63"/>
        <source>Guarantee-fee subsidy 贴保 (%):</source>
        <translation>担保费补贴 贴保（%）：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/fund_dialog.py" line="68"/>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/fund_dialog.py" line="129"/>
        <source>Give the fund&apos;s size or budget.</source>
        <translation>请填写基金规模或预算。</translation>
    </message>
</context>
<context>
    <name>FundForms</name>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/fund_forms.py" line="20"/>
        <source>Not an amount: %1</source>
        <translation>不是有效金额：%1</translation>
    </message>
</context>
<context>
    <name>FundingPage</name>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/funding/page.py" line="240"/>
        <source>Funding</source>
        <translation>投融资</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/funding/page.py" line="248"/>
        <source>Search by tenant or fund…</source>
        <translation>按企业或基金搜索…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/funding/page.py" line="130"/>
        <source>All funds</source>
        <translation>全部基金</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/funding/page.py" line="135"/>
        <source>All years</source>
        <translation>全部年份</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/incubator_desk/ui/pages/funding/page.py" line="243"/>
        <source>%n application(s)</source>
        <translation>
            <numerusform>%n 个申请</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/funding/page.py" line="218"/>
        <source>Move application</source>
        <translation>移动申请</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/funding/page.py" line="249"/>
        <source>&amp;New application…</source>
        <translation>新建申请(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/funding/page.py" line="250"/>
        <source>New application (Ctrl+N)</source>
        <translation>新建申请（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/funding/page.py" line="251"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/funding/page.py" line="252"/>
        <source>&amp;Move to…</source>
        <translation>移至(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/funding/page.py" line="253"/>
        <source>Pipeline board</source>
        <translation>流程看板</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/funding/page.py" line="254"/>
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/funding/page.py" line="255"/>
        <source>Funds</source>
        <translation>基金</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/funding/page.py" line="256"/>
        <source>Funnel</source>
        <translation>漏斗分析</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/funding/page.py" line="139"/>
        <source>Fund</source>
        <translation>基金</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/funding/page.py" line="140"/>
        <source>Year</source>
        <translation>年度</translation>
    </message>
</context>
<context>
    <name>FundingSettings</name>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/funding/rubric_settings.py" line="82"/>
        <source>Funding review</source>
        <translation>融资评审</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/funding/rubric_settings.py" line="122"/>
        <source>Row %1: the weight is not a number.</source>
        <translation>第 %1 行：权重不是数字。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/funding/rubric_settings.py" line="144"/>
        <source>Reviewers score each application on these criteria. The weighted score is the weighted mean of a reviewer&apos;s scores; reviewers with a conflict of interest are left out of the average.</source>
        <translation>评审人按以下评分项为每个申请打分。加权分为评审人各项得分的加权平均；有利益冲突的评审人不计入平均分。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/funding/rubric_settings.py" line="150"/>
        <source>Key</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/funding/rubric_settings.py" line="150"/>
        <source>Name (English)</source>
        <translation>名称（英文）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/funding/rubric_settings.py" line="150"/>
        <source>Name (Chinese)</source>
        <translation>名称（中文）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/funding/rubric_settings.py" line="151"/>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/funding/rubric_settings.py" line="153"/>
        <source>Scores from</source>
        <translation>评分范围</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/funding/rubric_settings.py" line="156"/>
        <source>&amp;Add criterion</source>
        <translation>添加评分项(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/funding/rubric_settings.py" line="157"/>
        <source>&amp;Remove criterion</source>
        <translation>删除评分项(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/funding/rubric_settings.py" line="158"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/funding/rubric_settings.py" line="159"/>
        <source>Re&amp;vert</source>
        <translation>还原(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/funding/rubric_settings.py" line="154"/>
        <source>Lowest score</source>
        <translation>最低分</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/funding/rubric_settings.py" line="155"/>
        <source>Highest score</source>
        <translation>最高分</translation>
    </message>
</context>
<context>
    <name>FundsTab</name>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/funding/funds_tab.py" line="51"/>
        <source>Fund</source>
        <translation>基金</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/funding/funds_tab.py" line="52"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/funding/funds_tab.py" line="53"/>
        <source>Size (¥)</source>
        <translation>规模（¥）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/funding/funds_tab.py" line="55"/>
        <source>Per-deal cap (¥)</source>
        <translation>单笔上限（¥）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/funding/funds_tab.py" line="57"/>
        <source>Committed (¥)</source>
        <translation>已承诺（¥）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/funding/funds_tab.py" line="58"/>
        <source>Disbursed (¥)</source>
        <translation>已拨付（¥）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/funding/funds_tab.py" line="59"/>
        <source>Available (¥)</source>
        <translation>可用额度（¥）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/funding/funds_tab.py" line="60"/>
        <source>Deals</source>
        <translation>项目数</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/funding/funds_tab.py" line="61"/>
        <source>Applications</source>
        <translation>融资申请</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/funding/funds_tab.py" line="63"/>
        <source>Applications open</source>
        <translation>接受申请</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/funding/funds_tab.py" line="65"/>
        <source>Open</source>
        <translation>接受申请</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/funding/funds_tab.py" line="65"/>
        <source>Closed</source>
        <translation>停止申请</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/funding/funds_tab.py" line="96"/>
        <source>Delete fund</source>
        <translation>删除基金</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/funding/funds_tab.py" line="97"/>
        <source>Delete the fund %1?</source>
        <translation>删除基金“%1”？</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/funding/funds_tab.py" line="103"/>
        <source>New &amp;fund…</source>
        <translation>新建基金(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/funding/funds_tab.py" line="104"/>
        <source>&amp;Edit fund…</source>
        <translation>编辑基金(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/funding/funds_tab.py" line="105"/>
        <source>&amp;Delete fund</source>
        <translation>删除基金(&amp;D)</translation>
    </message>
</context>
<context>
    <name>FunnelTab</name>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/funding/funnel_tab.py" line="53"/>
        <source>Stage</source>
        <translation>孵化阶段</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/funding/funnel_tab.py" line="54"/>
        <source>Now in stage</source>
        <translation>当前数量</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/funding/funnel_tab.py" line="55"/>
        <source>Reached</source>
        <translation>到达数</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/funding/funnel_tab.py" line="56"/>
        <source>Went on to the next</source>
        <translation>进入下一阶段比例</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/funding/funnel_tab.py" line="57"/>
        <source>Average days in stage</source>
        <translation>平均停留天数</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/funding/funnel_tab.py" line="62"/>
        <source>Fund</source>
        <translation>基金</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/funding/funnel_tab.py" line="63"/>
        <source>Applications</source>
        <translation>融资申请</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/funding/funnel_tab.py" line="64"/>
        <source>Requested</source>
        <translation>申请金额</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/funding/funnel_tab.py" line="65"/>
        <source>Approved</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/funding/funnel_tab.py" line="66"/>
        <source>Disbursed</source>
        <translation>拨付金额</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/funding/funnel_tab.py" line="67"/>
        <source>Deals approved</source>
        <translation>获批项目数</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/funding/funnel_tab.py" line="69"/>
        <source>Approved at committee</source>
        <translation>投决会通过率</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/funding/funnel_tab.py" line="87"/>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/funding/funnel_tab.py" line="88"/>
        <source>All funds</source>
        <translation>全部基金</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/funding/funnel_tab.py" line="89"/>
        <source>all years</source>
        <translation>全部年份</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/funding/funnel_tab.py" line="92"/>
        <source>%1 application(s) · requested %2 · approved %3 · disbursed %4</source>
        <translation>%1 个申请 · 申请金额 %2 · 批准金额 %3 · 已拨付 %4</translation>
    </message>
</context>
<context>
    <name>Guards</name>
    <message>
        <location filename="../../src/incubator_desk/ui/toolkit/guards.py" line="31"/>
        <source>Needs the role %1.</source>
        <translation>需要“%1”角色。</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/import_wizard.py" line="82"/>
        <source>Import from Excel or CSV</source>
        <translation>从 Excel 或 CSV 导入</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/import_wizard.py" line="88"/>
        <source>Tenants</source>
        <translation>在孵企业</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/import_wizard.py" line="89"/>
        <source>Quarterly figures</source>
        <translation>季度经营数据</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/import_wizard.py" line="94"/>
        <source>&amp;Choose file…</source>
        <translation>选择文件(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/import_wizard.py" line="96"/>
        <source>&amp;Import:</source>
        <translation>导入(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/import_wizard.py" line="108"/>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/import_wizard.py" line="109"/>
        <source>First value</source>
        <translation>首个值</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/import_wizard.py" line="110"/>
        <source>Read as</source>
        <translation>读作</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/import_wizard.py" line="118"/>
        <source>C&amp;heck again with this mapping</source>
        <translation>按此对应关系重新检查(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/import_wizard.py" line="122"/>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/import_wizard.py" line="429"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/import_wizard.py" line="431"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/import_wizard.py" line="435"/>
        <source>Tenant</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/import_wizard.py" line="436"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/import_wizard.py" line="437"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/import_wizard.py" line="143"/>
        <source>Show only &amp;rejected rows</source>
        <translation>只显示被拒绝的行(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/import_wizard.py" line="90"/>
        <source>Statistics returns (by year)</source>
        <translation>统计报表（按年度）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/import_wizard.py" line="148"/>
        <source>Report per row (nothing is written yet)</source>
        <translation>逐行报告（尚未写入任何数据）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/import_wizard.py" line="165"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/import_wizard.py" line="169"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/import_wizard.py" line="202"/>
        <source>Choose a sheet to import</source>
        <translation>选择要导入的表格</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/import_wizard.py" line="204"/>
        <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
        <translation>表格文件 (*.xlsx *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/import_wizard.py" line="305"/>
        <source>Cancelled: nothing was written.</source>
        <translation>已取消：未写入任何数据。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/import_wizard.py" line="310"/>
        <location filename="../../src/incubator_desk/ui/dialogs/import_wizard.py" line="347"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/import_wizard.py" line="323"/>
        <source>Imported: {created} created, {updated} updated. {rejected} rejected rows were left out.</source>
        <translation>导入完成：新建 {created} 条，更新 {updated} 条。被拒绝的 {rejected} 行未导入。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/import_wizard.py" line="333"/>
        <source>Added to the lists: %1.</source>
        <translation>已添加到列表：%1。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/incubator_desk/ui/dialogs/import_wizard.py" line="337"/>
        <source>%n row(s) were left as they are: someone changed those records after the preview. They are marked in the list; import the file again to update them.</source>
        <translation>
            <numerusform>%n 行保持原样：预览之后有人修改了这些记录。它们已在列表中标出；请再次导入该文件以更新它们。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/import_wizard.py" line="358"/>
        <source>Choose an .xlsx or .csv file (UTF-8 or GBK). Headers in Chinese or English are recognised; a title row above them is fine. Nothing is written until you press Import.</source>
        <translation>请选择 .xlsx 或 .csv 文件（UTF-8 或 GBK 编码）。可识别中文或英文表头，表头上方可以有标题行。按下“导入”之前不会写入任何数据。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/import_wizard.py" line="371"/>
        <source>“{name}”{enc}: header in row {row}, {rows} data rows.</source>
        <translation>“{name}”{enc}：表头在第 {row} 行，共 {rows} 行数据。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/import_wizard.py" line="381"/>
        <source>{created} to create, {updated} to update, {unchanged} unchanged, {rejected} rejected</source>
        <translation>将新建 {created} 条，更新 {updated} 条，{unchanged} 条无变化，{rejected} 行被拒绝</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/incubator_desk/ui/dialogs/import_wizard.py" line="395"/>
        <source>&amp;Import %n valid row(s)</source>
        <translation>
            <numerusform>导入 %n 条有效数据(&amp;I)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/import_wizard.py" line="395"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/import_wizard.py" line="405"/>
        <source>(no header)</source>
        <translation>（无表头）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/import_wizard.py" line="410"/>
        <source>(ignore)</source>
        <translation>（忽略）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/import_wizard.py" line="416"/>
        <source>Not recognised: choose what it holds.</source>
        <translation>未识别：请选择此列的内容。</translation>
    </message>
</context>
<context>
    <name>InvestmentDialog</name>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_form.py" line="548"/>
        <source>Investment received in {period}</source>
        <translation>{period} 获得的投资</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_form.py" line="554"/>
        <source>in yuan, e.g. 1000000</source>
        <translation>单位：元，例如 1000000</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_form.py" line="556"/>
        <source>e.g. angel, A, B</source>
        <translation>例如 天使轮、A 轮、B 轮</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_form.py" line="559"/>
        <source>&amp;Investor:</source>
        <translation>投资方(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_form.py" line="560"/>
        <source>&amp;Amount (¥):</source>
        <translation>金额（¥）(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_form.py" line="561"/>
        <source>&amp;Round:</source>
        <translation>轮次(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_form.py" line="584"/>
        <source>Enter an amount in yuan, such as 1000000.</source>
        <translation>请输入以元为单位的金额，例如 1000000。</translation>
    </message>
</context>
<context>
    <name>ListDialog</name>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/dashboard.py" line="135"/>
        <source>Reading the list…</source>
        <translation>正在读取列表…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/incubator_desk/ui/pages/dashboard.py" line="146"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LookupDialog</name>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/tenants.py" line="388"/>
        <source>Edit entry</source>
        <translation>编辑条目</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/tenants.py" line="388"/>
        <source>New entry</source>
        <translation>新建条目</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/tenants.py" line="394"/>
        <source>One per line, e.g. 生物产业</source>
        <translation>每行一个，例如：生物产业</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/tenants.py" line="397"/>
        <source>Longer incubation period (60 months)</source>
        <translation>较长孵化期（60 个月）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/tenants.py" line="400"/>
        <source>In use (offered in forms)</source>
        <translation>启用（在表单中可选）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/tenants.py" line="404"/>
        <source>&amp;Code:</source>
        <translation>编号(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/tenants.py" line="405"/>
        <source>Name (&amp;Chinese):</source>
        <translation>中文名称(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/tenants.py" line="406"/>
        <source>Name (&amp;English):</source>
        <translation>英文名称(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/tenants.py" line="407"/>
        <source>&amp;Other names:</source>
        <translation>别名(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/tenants.py" line="413"/>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/incubator_desk/ui/main_window.py" line="213"/>
        <source>Not signed in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/main_window.py" line="215"/>
        <source>No sign-in: local administrator</source>
        <translation>无需登录：本地管理员</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/main_window.py" line="217"/>
        <source>Signed in: %1 (%2)</source>
        <translation>已登录：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/main_window.py" line="400"/>
        <source>No recent databases</source>
        <translation>没有最近打开的数据库</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/main_window.py" line="407"/>
        <source>Clear the list</source>
        <translation>清空列表</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/main_window.py" line="471"/>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/main_window.py" line="478"/>
        <source>Upgraded the database; the previous version was saved as %1</source>
        <translation>数据库已升级；升级前的版本已备份为 %1</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/main_window.py" line="497"/>
        <location filename="../../src/incubator_desk/ui/main_window.py" line="498"/>
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/main_window.py" line="501"/>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/main_window.py" line="514"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/main_window.py" line="515"/>
        <source>&amp;New database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/main_window.py" line="516"/>
        <source>&amp;Open database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/main_window.py" line="517"/>
        <source>&amp;Back up now…</source>
        <translation>立即备份(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/main_window.py" line="518"/>
        <source>Restore from &amp;backup…</source>
        <translation>从备份恢复(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/main_window.py" line="519"/>
        <source>&amp;Export everything…</source>
        <translation>导出全部(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/main_window.py" line="520"/>
        <source>Sign &amp;out / switch user…</source>
        <translation>退出登录 / 切换用户(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/main_window.py" line="521"/>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/main_window.py" line="522"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/main_window.py" line="523"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/main_window.py" line="524"/>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/main_window.py" line="525"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/main_window.py" line="526"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/main_window.py" line="527"/>
        <source>&amp;About Incubator Desk</source>
        <translation>关于孵化器管理台(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/main_window.py" line="529"/>
        <source>Dashboard</source>
        <translation>仪表盘</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/main_window.py" line="530"/>
        <source>Tenants</source>
        <translation>在孵企业</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/main_window.py" line="531"/>
        <source>Spaces</source>
        <translation>空间</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/main_window.py" line="532"/>
        <source>Mentoring</source>
        <translation>创业辅导</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/main_window.py" line="533"/>
        <source>Training</source>
        <translation>培训活动</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/main_window.py" line="534"/>
        <source>Funding</source>
        <translation>投融资</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/main_window.py" line="535"/>
        <source>Billing</source>
        <translation>账务</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/main_window.py" line="536"/>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/main_window.py" line="537"/>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/main_window.py" line="538"/>
        <source>Audit trail</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/main_window.py" line="539"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
</context>
<context>
    <name>MentorDialog</name>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/mentor_dialog.py" line="29"/>
        <source>Edit mentor</source>
        <translation>编辑导师</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/mentor_dialog.py" line="29"/>
        <source>New mentor</source>
        <translation>新建导师</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/mentor_dialog.py" line="37"/>
        <source>Comma-separated, e.g. 融资, 知识产权</source>
        <translation>以逗号分隔，如：融资, 知识产权</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/mentor_dialog.py" line="40"/>
        <source>Active (offered to tenants)</source>
        <translation>在聘（可为企业提供辅导）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/mentor_dialog.py" line="45"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/mentor_dialog.py" line="46"/>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/mentor_dialog.py" line="47"/>
        <source>&amp;Organisation:</source>
        <translation>所在机构(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/mentor_dialog.py" line="48"/>
        <source>E&amp;xpertise:</source>
        <translation>擅长领域(&amp;X)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/mentor_dialog.py" line="49"/>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/mentor_dialog.py" line="50"/>
        <source>&amp;E-mail:</source>
        <translation>电子邮箱(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/mentor_dialog.py" line="54"/>
        <source>No&amp;tes:</source>
        <translation>备注(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>MentoringPage</name>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/sessions.py" line="73"/>
        <source>Search by mentor or topic…</source>
        <translation>按导师或主题搜索…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/sessions.py" line="41"/>
        <source>Mentoring session</source>
        <translation>辅导记录</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/page.py" line="116"/>
        <source>Mentoring</source>
        <translation>创业辅导</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/page.py" line="120"/>
        <source>&amp;Sessions</source>
        <translation>辅导记录(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/page.py" line="121"/>
        <source>M&amp;entors</source>
        <translation>导师(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/page.py" line="122"/>
        <source>&amp;Overdue actions</source>
        <translation>逾期事项(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/page.py" line="123"/>
        <source>&amp;Calendar</source>
        <translation>日历(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/page.py" line="124"/>
        <source>S&amp;tatistics</source>
        <translation>统计(&amp;T)</translation>
    </message>
</context>
<context>
    <name>MentorsTab</name>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/mentors.py" line="98"/>
        <source>inactive</source>
        <translation>已停聘</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/mentors.py" line="100"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/mentors.py" line="101"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/mentors.py" line="102"/>
        <source>Organisation</source>
        <translation>所在机构</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/mentors.py" line="103"/>
        <source>Expertise</source>
        <translation>擅长领域</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/mentors.py" line="104"/>
        <source>Tenants</source>
        <translation>企业数</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/mentors.py" line="105"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/mentors.py" line="107"/>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/mentors.py" line="114"/>
        <source>Tenant</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/mentors.py" line="115"/>
        <source>From</source>
        <translation>起始</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/mentors.py" line="116"/>
        <source>Until</source>
        <translation>截止</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/incubator_desk/ui/pages/mentoring/mentors.py" line="133"/>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/mentors.py" line="197"/>
        <source>%n mentor(s)</source>
        <translation>
            <numerusform>%n 位导师</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/mentors.py" line="152"/>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/mentors.py" line="168"/>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/mentors.py" line="186"/>
        <source>Mentors</source>
        <translation>导师</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/mentors.py" line="152"/>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/mentors.py" line="186"/>
        <source>Select a mentor first.</source>
        <translation>请先选择导师。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/mentors.py" line="168"/>
        <source>Select an assigned tenant first.</source>
        <translation>请先选择已指派的企业。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/mentors.py" line="171"/>
        <source>End %1&apos;s assignment to %2 today?</source>
        <translation>今天结束 %1 对 %2 的辅导指派？</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/mentors.py" line="175"/>
        <source>End assignment</source>
        <translation>结束指派</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/mentors.py" line="180"/>
        <source>Assignment not changed</source>
        <translation>指派未修改</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/mentors.py" line="192"/>
        <source>Search by name, organisation or expertise…</source>
        <translation>按姓名、机构或擅长领域搜索…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/mentors.py" line="193"/>
        <source>Show inactive</source>
        <translation>显示已停聘</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/mentors.py" line="195"/>
        <source>Tenants assigned to the selected mentor:</source>
        <translation>所选导师指派的企业：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/mentors.py" line="198"/>
        <source>New &amp;mentor…</source>
        <translation>新建导师(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/mentors.py" line="199"/>
        <source>Edit mentor…</source>
        <translation>编辑导师…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/mentors.py" line="200"/>
        <source>&amp;Assign to a tenant…</source>
        <translation>指派给企业(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/mentors.py" line="201"/>
        <source>End assi&amp;gnment…</source>
        <translation>结束指派(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/mentors.py" line="202"/>
        <source>E&amp;xport mentor&apos;s calendar…</source>
        <translation>导出导师日程(&amp;X)…</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/tenants.py" line="460"/>
        <location filename="../../src/incubator_desk/ui/pages/tenants.py" line="465"/>
        <source>Merge entries</source>
        <translation>合并条目</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/incubator_desk/ui/pages/tenants.py" line="468"/>
        <source>Merge “%1” into the entry chosen below: its %n tenant(s) then have that entry, and “%1” is kept as another name of it, so imports still recognise it. “%1” itself is removed.</source>
        <translation>
            <numerusform>将“%1”合并到下面选择的条目：其 %n 家企业改为该条目，“%1”保留为该条目的别名，导入时仍能识别。“%1”本身将被删除。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/tenants.py" line="477"/>
        <source>&amp;Keep:</source>
        <translation>保留(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/tenants.py" line="484"/>
        <source>&amp;Merge</source>
        <translation>合并(&amp;M)</translation>
    </message>
</context>
<context>
    <name>MoveAllocationDialog</name>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/allocation_dialog.py" line="326"/>
        <source>Move %1</source>
        <translation>调换 %1 的房间</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/allocation_dialog.py" line="327"/>
        <source>From:</source>
        <translation>原房间：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/allocation_dialog.py" line="330"/>
        <source>&amp;To unit:</source>
        <translation>调至房间(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/allocation_dialog.py" line="337"/>
        <source>Type part of the code or the holder…</source>
        <translation>输入房间号或使用企业名称的一部分…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/allocation_dialog.py" line="341"/>
        <source>&amp;Desks:</source>
        <translation>工位数(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/allocation_dialog.py" line="345"/>
        <source>&amp;Moving in on:</source>
        <translation>迁入日期(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/allocation_dialog.py" line="361"/>
        <source>Choose a unit from the list.</source>
        <translation>请从列表中选择房间。</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_steps.py" line="72"/>
        <source>Move application</source>
        <translation>移动申请</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_steps.py" line="74"/>
        <source>Move %1 from %2 to %3?</source>
        <translation>将 %1 从“%2”移到“%3”？</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_steps.py" line="79"/>
        <source>Comment (why, what was decided)</source>
        <translation>备注（原因、决定事项）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_steps.py" line="84"/>
        <source>&amp;Move</source>
        <translation>移动(&amp;M)</translation>
    </message>
</context>
<context>
    <name>NewTenantDialog</name>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_form.py" line="321"/>
        <source>New tenant</source>
        <translation>新建在孵企业</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_form.py" line="328"/>
        <source>Starting &amp;stage:</source>
        <translation>起始阶段(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>OccupancyTab</name>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/occupancy_tab.py" line="71"/>
        <source>Site / building</source>
        <translation>园区 / 楼栋</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/occupancy_tab.py" line="76"/>
        <source>Units</source>
        <translation>房间</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/occupancy_tab.py" line="77"/>
        <source>Occupied</source>
        <translation>已入驻</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/occupancy_tab.py" line="78"/>
        <source>Area (m²)</source>
        <translation>面积（平方米）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/occupancy_tab.py" line="79"/>
        <source>Occupied (m²)</source>
        <translation>已用面积（平方米）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/occupancy_tab.py" line="80"/>
        <source>By area</source>
        <translation>面积出租率</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/occupancy_tab.py" line="81"/>
        <source>Desks</source>
        <translation>工位数</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/occupancy_tab.py" line="82"/>
        <source>Desks taken</source>
        <translation>已用工位</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/occupancy_tab.py" line="83"/>
        <source>By desk</source>
        <translation>工位使用率</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/occupancy_tab.py" line="87"/>
        <source>Trend over the last</source>
        <translation>显示最近</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/occupancy_tab.py" line="88"/>
        <source> years</source>
        <translation> 年趋势</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/occupancy_tab.py" line="89"/>
        <source>Occupancy by area, first day of each month</source>
        <translation>按面积计算的出租率（每月 1 日）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/occupancy_tab.py" line="119"/>
        <source>All buildings</source>
        <translation>全部楼栋</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/occupancy_tab.py" line="66"/>
        <source>%1, all buildings</source>
        <translation>%1（全部楼栋合计）</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <location filename="../../src/incubator_desk/ui/opening.py" line="24"/>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/opening.py" line="25"/>
        <source>Where should the database from the archive go?</source>
        <translation>归档中的数据库要放在哪里？</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/opening.py" line="26"/>
        <source>Unpacking the archive…</source>
        <translation>正在解包归档…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/opening.py" line="27"/>
        <source>Open an archive</source>
        <translation>打开归档</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/opening.py" line="28"/>
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/opening.py" line="29"/>
        <source>Locate the database</source>
        <translation>查找数据库</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/opening.py" line="30"/>
        <source>%1 already exists. A new database never replaces an existing file: choose another name, or use Open to open it.</source>
        <translation>%1 已存在。新建数据库不会覆盖已有文件：请换一个文件名，或使用“打开”来打开它。</translation>
    </message>
</context>
<context>
    <name>OverdueActionsTab</name>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/actions.py" line="63"/>
        <source>Action</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/actions.py" line="64"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/actions.py" line="65"/>
        <source>Tenant</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/actions.py" line="66"/>
        <source>Mentor</source>
        <translation>导师</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/actions.py" line="67"/>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/actions.py" line="68"/>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/actions.py" line="70"/>
        <source>Session</source>
        <translation>辅导记录</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/incubator_desk/ui/pages/mentoring/actions.py" line="101"/>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/actions.py" line="135"/>
        <source>%n overdue action(s)</source>
        <translation>
            <numerusform>%n 项逾期事项</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/actions.py" line="109"/>
        <source>Overdue actions</source>
        <translation>逾期事项</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/actions.py" line="109"/>
        <source>Select an action first.</source>
        <translation>请先选择事项。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/actions.py" line="114"/>
        <source>Action not changed</source>
        <translation>事项未修改</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/actions.py" line="126"/>
        <source>All open actions past due</source>
        <translation>全部逾期未完成事项</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/actions.py" line="127"/>
        <source>For one mentor</source>
        <translation>按导师</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/actions.py" line="128"/>
        <source>For one tenant</source>
        <translation>按企业</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/actions.py" line="136"/>
        <source>Mark &amp;done</source>
        <translation>标记完成(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/actions.py" line="137"/>
        <source>Open the &amp;session…</source>
        <translation>打开辅导记录(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/actions.py" line="131"/>
        <source>Which overdue actions</source>
        <translation>显示哪些逾期事项</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/actions.py" line="132"/>
        <source>Mentor or tenant</source>
        <translation>导师或企业</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/account_dialogs.py" line="125"/>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/account_dialogs.py" line="142"/>
        <source>Change my password</source>
        <translation>修改我的密码</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/account_dialogs.py" line="143"/>
        <source>Type your current password, then the new one twice.</source>
        <translation>请输入当前密码，然后输入两次新密码。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/account_dialogs.py" line="144"/>
        <source>&amp;Current password:</source>
        <translation>当前密码(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/account_dialogs.py" line="144"/>
        <location filename="../../src/incubator_desk/ui/dialogs/account_dialogs.py" line="153"/>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/account_dialogs.py" line="144"/>
        <location filename="../../src/incubator_desk/ui/dialogs/account_dialogs.py" line="153"/>
        <source>&amp;Again:</source>
        <translation>再次输入(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/account_dialogs.py" line="146"/>
        <source>Reset a password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/account_dialogs.py" line="149"/>
        <source>A new password for %1. Tell it to them in person; a lockout after wrong passwords ends with it.</source>
        <translation>为 %1 设置新密码。请当面告知本人；因密码错误造成的锁定也随之解除。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/account_dialogs.py" line="156"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
</context>
<context>
    <name>PayDialog</name>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_steps.py" line="333"/>
        <source>Tranche paid</source>
        <translation>拨付完成</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_steps.py" line="338"/>
        <source>Tranche %1: %2</source>
        <translation>第 %1 期：%2</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_steps.py" line="342"/>
        <source>&amp;Paid on:</source>
        <translation>拨付日期(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_steps.py" line="345"/>
        <source>&amp;Mark paid</source>
        <translation>标记已拨付(&amp;M)</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/payments.py" line="51"/>
        <source>Record a payment</source>
        <translation>登记收款</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/payments.py" line="53"/>
        <source>&amp;Tenant:</source>
        <translation>企业(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/payments.py" line="54"/>
        <source>Type part of the name…</source>
        <translation>输入企业名称的一部分…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/payments.py" line="57"/>
        <source>&amp;Received on:</source>
        <translation>收款日期(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/payments.py" line="58"/>
        <source>&amp;Amount:</source>
        <translation>金额(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/payments.py" line="59"/>
        <source>&amp;How:</source>
        <translation>方式(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/payments.py" line="60"/>
        <source>&amp;Reference:</source>
        <translation>凭证号(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/payments.py" line="61"/>
        <source>bank slip, transaction number…</source>
        <translation>银行回单、交易流水号…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/payments.py" line="63"/>
        <source>&amp;Invoice number (发票号):</source>
        <translation>发票号(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/payments.py" line="65"/>
        <source>of the tax invoice issued, if any</source>
        <translation>已开具发票的号码（如有）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/payments.py" line="71"/>
        <source>Spread, earliest &amp;due first</source>
        <translation>按应付日期先后分配(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/payments.py" line="81"/>
        <source>Pays:</source>
        <translation>支付账单：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/payments.py" line="97"/>
        <source>Bill</source>
        <translation>账单</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/payments.py" line="98"/>
        <source>Period</source>
        <translation>账期</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/payments.py" line="99"/>
        <source>Due</source>
        <translation>应付日期</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/payments.py" line="100"/>
        <source>Left to pay</source>
        <translation>未付</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/payments.py" line="101"/>
        <source>Pay</source>
        <translation>本次支付</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/payments.py" line="138"/>
        <source>Not spread: %1 (pays the earliest due, the rest stays on account)</source>
        <translation>未分配：%1（先付最早到期的账单，余额转为预收）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/payments.py" line="146"/>
        <source>Choose a tenant from the list.</source>
        <translation>请从列表中选择企业。</translation>
    </message>
</context>
<context>
    <name>PaymentsTab</name>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/payments.py" line="194"/>
        <source>Receipt</source>
        <translation>收款单号</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/payments.py" line="195"/>
        <source>Received on</source>
        <translation>收款日期</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/payments.py" line="196"/>
        <source>Tenant</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/payments.py" line="197"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/payments.py" line="198"/>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/payments.py" line="199"/>
        <source>Reference</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/payments.py" line="200"/>
        <source>Invoice number</source>
        <translation>发票号</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/payments.py" line="201"/>
        <source>Paid bills</source>
        <translation>所付账单</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/payments.py" line="202"/>
        <source>On account</source>
        <translation>预收余额</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/payments.py" line="203"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/payments.py" line="216"/>
        <source>Received %1</source>
        <translation>已收 %1</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/payments.py" line="226"/>
        <source>Payment recorded.</source>
        <translation>已登记收款。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/payments.py" line="236"/>
        <source>Cancel payment</source>
        <translation>作废收款</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/payments.py" line="246"/>
        <source>Received in:</source>
        <translation>收款月份：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/payments.py" line="247"/>
        <source>&amp;Record a payment…</source>
        <translation>登记收款(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/payments.py" line="248"/>
        <source>Cancel payment…</source>
        <translation>作废收款…</translation>
    </message>
</context>
<context>
    <name>PdfPane</name>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/preview.py" line="159"/>
        <source>of %1</source>
        <translation>共 %1 页</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/preview.py" line="162"/>
        <source>P&amp;age:</source>
        <translation>页码(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/preview.py" line="163"/>
        <source>&amp;Zoom:</source>
        <translation>缩放(&amp;Z)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/preview.py" line="164"/>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/preview.py" line="165"/>
        <source>Whole page</source>
        <translation>整页</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/preview.py" line="166"/>
        <location filename="../../src/incubator_desk/ui/pages/reports/preview.py" line="167"/>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/preview.py" line="168"/>
        <location filename="../../src/incubator_desk/ui/pages/reports/preview.py" line="169"/>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/preview.py" line="170"/>
        <source>Report preview</source>
        <translation>报告预览</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_detail.py" line="167"/>
        <source>&amp;Add person…</source>
        <translation>添加人员(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_detail.py" line="168"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_detail.py" line="169"/>
        <source>Re&amp;move…</source>
        <translation>移除(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_detail.py" line="186"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_detail.py" line="187"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_detail.py" line="188"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_detail.py" line="189"/>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_detail.py" line="190"/>
        <source>Primary</source>
        <translation>主要联系人</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_detail.py" line="191"/>
        <source>Flags</source>
        <translation>标记</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_detail.py" line="199"/>
        <source>student founder</source>
        <translation>大学生创业</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_detail.py" line="200"/>
        <source>returnee</source>
        <translation>留学人员</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_detail.py" line="201"/>
        <source>serial entrepreneur</source>
        <translation>连续创业</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_detail.py" line="202"/>
        <source>talent programme</source>
        <translation>人才计划</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_detail.py" line="240"/>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_detail.py" line="247"/>
        <source>Remove person</source>
        <translation>移除人员</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_detail.py" line="242"/>
        <source>Remove {name} from this tenant&apos;s people? The record is kept in the history.</source>
        <translation>将 {name} 从该企业人员中移除？记录仍保留在历史中。</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_form.py" line="375"/>
        <source>Edit person</source>
        <translation>编辑人员</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_form.py" line="375"/>
        <source>Add person</source>
        <translation>添加人员</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_form.py" line="393"/>
        <source>Primary contact</source>
        <translation>主要联系人</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_form.py" line="394"/>
        <source>Student founder (大学生创业)</source>
        <translation>大学生创业</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_form.py" line="395"/>
        <source>Returnee (留学人员)</source>
        <translation>留学人员</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_form.py" line="396"/>
        <source>Serial entrepreneur</source>
        <translation>连续创业</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_form.py" line="397"/>
        <source>Talent-programme hire</source>
        <translation>人才计划引进</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_form.py" line="401"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_form.py" line="402"/>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_form.py" line="403"/>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_form.py" line="404"/>
        <source>&amp;E-mail:</source>
        <translation>电子邮箱(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_form.py" line="405"/>
        <source>&amp;Founder type:</source>
        <translation>创业者类型(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_form.py" line="406"/>
        <source>Se&amp;x:</source>
        <translation>性别(&amp;X)：</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/person_picker.py" line="43"/>
        <source>Search by person or company…</source>
        <translation>按姓名或企业搜索…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/person_picker.py" line="46"/>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/person_picker.py" line="69"/>
        <source>Already on this event&apos;s list: %1</source>
        <translation>已在本活动名单中：%1</translation>
    </message>
</context>
<context>
    <name>PipelineBoard</name>
    <message>
        <location filename="../../src/incubator_desk/ui/widgets/pipeline_board.py" line="140"/>
        <source>%1 approved</source>
        <translation>批准 %1</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/widgets/pipeline_board.py" line="149"/>
        <source>1 day</source>
        <translation>1 天</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/widgets/pipeline_board.py" line="151"/>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/widgets/pipeline_board.py" line="160"/>
        <source>no score yet</source>
        <translation>尚无评分</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/widgets/pipeline_board.py" line="162"/>
        <source>score %1</source>
        <translation>评分 %1</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/widgets/pipeline_board.py" line="165"/>
        <source>(a review leaves some criteria unscored)</source>
        <translation>（有评审未对全部评审项评分）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/widgets/pipeline_board.py" line="169"/>
        <source>%1 since %2</source>
        <translation>%2 起%1</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/widgets/pipeline_board.py" line="173"/>
        <source>%1 for %2</source>
        <translation>%1 已 %2</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/widgets/pipeline_board.py" line="179"/>
        <source>%1 requested</source>
        <translation>申请 %1</translation>
    </message>
</context>
<context>
    <name>PlaceDialog</name>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/place_dialog.py" line="30"/>
        <source>Site</source>
        <translation>园区</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/place_dialog.py" line="31"/>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/place_dialog.py" line="32"/>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/place_dialog.py" line="37"/>
        <location filename="../../src/incubator_desk/ui/dialogs/place_dialog.py" line="44"/>
        <location filename="../../src/incubator_desk/ui/dialogs/place_dialog.py" line="52"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/place_dialog.py" line="38"/>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/place_dialog.py" line="43"/>
        <source>&amp;Code:</source>
        <translation>编号(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/place_dialog.py" line="49"/>
        <source>&amp;Level:</source>
        <translation>楼层(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/place_dialog.py" line="53"/>
        <source>Plan &amp;width (m):</source>
        <translation>平面宽度（米）(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/place_dialog.py" line="54"/>
        <source>Plan &amp;depth (m):</source>
        <translation>平面进深（米）(&amp;D)：</translation>
    </message>
</context>
<context>
    <name>ProfileTab</name>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_detail.py" line="97"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_detail.py" line="98"/>
        <source>&amp;Revert</source>
        <translation>还原(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_detail.py" line="99"/>
        <source>&amp;Archive…</source>
        <translation>归档(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_detail.py" line="143"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_detail.py" line="152"/>
        <source>Archive tenant</source>
        <translation>归档企业</translation>
    </message>
</context>
<context>
    <name>RateDialog</name>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/settings_section.py" line="64"/>
        <source>New price</source>
        <translation>新增单价</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/settings_section.py" line="65"/>
        <source>&amp;Price of:</source>
        <translation>收费项目(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/settings_section.py" line="68"/>
        <source>&amp;From:</source>
        <translation>起始日期(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/settings_section.py" line="69"/>
        <source>&amp;Price (¥):</source>
        <translation>单价（元）(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/settings_section.py" line="73"/>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>ReadingDialog</name>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/forms.py" line="107"/>
        <source>Correct a meter reading</source>
        <translation>更正表计读数</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/forms.py" line="107"/>
        <source>New meter reading</source>
        <translation>新增表计读数</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/forms.py" line="109"/>
        <source>&amp;Unit:</source>
        <translation>房间(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/forms.py" line="112"/>
        <source>&amp;Meter:</source>
        <translation>表计(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/forms.py" line="115"/>
        <source>&amp;Read on:</source>
        <translation>抄表日期(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/forms.py" line="116"/>
        <source>R&amp;eading:</source>
        <translation>读数(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/forms.py" line="120"/>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/forms.py" line="84"/>
        <source>Cancel:</source>
        <translation>作废：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/forms.py" line="86"/>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/forms.py" line="87"/>
        <source>Why it is cancelled (kept with it)</source>
        <translation>作废原因（将随记录保存）</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message numerus="yes">
        <location filename="../../src/incubator_desk/ui/pages/register_page.py" line="128"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/register_page.py" line="164"/>
        <source>Search…</source>
        <translation>搜索…</translation>
    </message>
</context>
<context>
    <name>RentRollTab</name>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/rent_roll_tab.py" line="64"/>
        <source>Tenant</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/rent_roll_tab.py" line="65"/>
        <source>Unit</source>
        <translation>房间</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/rent_roll_tab.py" line="66"/>
        <source>Desks</source>
        <translation>工位数</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/rent_roll_tab.py" line="67"/>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/rent_roll_tab.py" line="68"/>
        <source>List rent</source>
        <translation>标价租金</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/rent_roll_tab.py" line="69"/>
        <source>Agreed rent</source>
        <translation>约定租金</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/rent_roll_tab.py" line="71"/>
        <source>Subsidy %</source>
        <translation>补贴比例</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/rent_roll_tab.py" line="73"/>
        <source>Subsidy</source>
        <translation>补贴金额</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/rent_roll_tab.py" line="74"/>
        <source>Rent due</source>
        <translation>应收租金</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/rent_roll_tab.py" line="78"/>
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/rent_roll_tab.py" line="79"/>
        <source>E&amp;xport to Excel…</source>
        <translation>导出到 Excel(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/rent_roll_tab.py" line="97"/>
        <source>%1 lines · subsidy %2 · rent due %3</source>
        <translation>%1 行 · 补贴 %2 · 应收 %3</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/rent_roll_tab.py" line="107"/>
        <source>Rent roll %1.xlsx</source>
        <translation>租金清单 %1.xlsx</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/rent_roll_tab.py" line="110"/>
        <location filename="../../src/incubator_desk/ui/pages/spaces/rent_roll_tab.py" line="123"/>
        <source>Export rent roll</source>
        <translation>导出租金清单</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/rent_roll_tab.py" line="112"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/rent_roll_tab.py" line="125"/>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/rent_roll_tab.py" line="125"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/rent_roll_tab.py" line="133"/>
        <location filename="../../src/incubator_desk/ui/pages/spaces/rent_roll_tab.py" line="145"/>
        <source>Export cancelled.</source>
        <translation>已取消导出。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/rent_roll_tab.py" line="143"/>
        <source>Rent roll saved to %1</source>
        <translation>租金清单已保存到 %1</translation>
    </message>
</context>
<context>
    <name>ReportMaker</name>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/maker.py" line="190"/>
        <source>a year, e.g. 2025</source>
        <translation>年份，如 2025</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/maker.py" line="192"/>
        <source>a quarter such as 2026Q3, or a year such as 2026</source>
        <translation>季度如 2026Q3，或年份如 2026</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/maker.py" line="221"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/maker.py" line="229"/>
        <source>Making the report…</source>
        <translation>正在生成报告…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/maker.py" line="234"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/maker.py" line="252"/>
        <source>The Torch return for %1 is ready: save it as an Excel workbook.</source>
        <translation>%1 年火炬统计表已生成，请另存为 Excel 工作簿。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/maker.py" line="258"/>
        <source>Report ready: %1 page(s).</source>
        <translation>报告已生成：共 %1 页。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/maker.py" line="272"/>
        <source>Graduation report</source>
        <translation>毕业评估报告</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/maker.py" line="273"/>
        <source>Progress report</source>
        <translation>企业发展报告</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/maker.py" line="274"/>
        <source>Portfolio report</source>
        <translation>孵化器运营报告</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/maker.py" line="275"/>
        <source>Torch statistics</source>
        <translation>火炬统计</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/maker.py" line="312"/>
        <source>Sent %1 page(s) to the printer.</source>
        <translation>已发送 %1 页到打印机。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/maker.py" line="314"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/maker.py" line="314"/>
        <source>The printer could not be opened.</source>
        <translation>无法打开打印机。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/maker.py" line="323"/>
        <location filename="../../src/incubator_desk/ui/pages/reports/maker.py" line="339"/>
        <source>Save the report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/maker.py" line="325"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/maker.py" line="327"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/maker.py" line="340"/>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/maker.py" line="368"/>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/maker.py" line="370"/>
        <source>Graduation report (one tenant)</source>
        <translation>毕业评估报告（单个企业）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/maker.py" line="371"/>
        <source>Progress report (one tenant, one period)</source>
        <translation>企业发展报告（单个企业、单个报告期）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/maker.py" line="372"/>
        <source>Portfolio report (the incubator)</source>
        <translation>孵化器运营报告</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/maker.py" line="373"/>
        <source>Torch statistics return (.xlsx)</source>
        <translation>火炬统计年报（.xlsx）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/maker.py" line="377"/>
        <source>&amp;Report:</source>
        <translation>报告(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/maker.py" line="378"/>
        <source>&amp;Tenant:</source>
        <translation>企业(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/maker.py" line="379"/>
        <source>&amp;Period:</source>
        <translation>报告期(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/maker.py" line="380"/>
        <source>Report &amp;language:</source>
        <translation>报告语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/maker.py" line="383"/>
        <source>Type a name or credit code…</source>
        <translation>输入企业名称或统一社会信用代码…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/maker.py" line="384"/>
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/maker.py" line="385"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/maker.py" line="386"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/maker.py" line="387"/>
        <source>&amp;Save as…</source>
        <translation>另存为(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/maker.py" line="248"/>
        <source>The Torch return for %1</source>
        <translation>%1 年度火炬统计报表</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/maker.py" line="353"/>
        <location filename="../../src/incubator_desk/ui/pages/reports/maker.py" line="360"/>
        <source>Open the workbook</source>
        <translation>打开工作簿</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/maker.py" line="356"/>
        <source>Opened a copy: %1</source>
        <translation>已打开副本：%1</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/maker.py" line="362"/>
        <source>No program is set up to open Excel workbooks here. Save it with Save as… and open it where Excel or WPS is installed.</source>
        <translation>本机没有可打开 Excel 工作簿的程序。请用“另存为…”保存，再在装有 Excel 或 WPS 的电脑上打开。</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/preview.py" line="285"/>
        <source>Choose a report and press Generate: its pages appear here before you print or save them.</source>
        <translation>选择报告并点击“生成”：打印或保存之前，报告页面会显示在这里。</translation>
    </message>
</context>
<context>
    <name>ReportSettings</name>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/settings_section.py" line="152"/>
        <source>Graduation and reports</source>
        <translation>毕业与报告</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/settings_section.py" line="284"/>
        <source>Graduation rules</source>
        <translation>毕业条件</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/settings_section.py" line="220"/>
        <source>Saved. Every report and list uses the new rules.</source>
        <translation>已保存。所有报告和列表将使用新的条件。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/settings_section.py" line="229"/>
        <source>Industries with the longer limit (set in the industry list): %1</source>
        <translation>适用较长孵化期限的行业（在行业列表中设置）：%1</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/settings_section.py" line="230"/>
        <location filename="../../src/incubator_desk/ui/pages/reports/settings_section.py" line="246"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/settings_section.py" line="242"/>
        <source>chosen</source>
        <translation>已选定</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/settings_section.py" line="242"/>
        <source>found automatically</source>
        <translation>自动查找</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/settings_section.py" line="253"/>
        <source>Choose a Chinese TrueType font</source>
        <translation>选择中文 TrueType 字体</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/settings_section.py" line="255"/>
        <source>TrueType fonts (*.ttf *.ttc)</source>
        <translation>TrueType 字体 (*.ttf *.ttc)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/settings_section.py" line="258"/>
        <location filename="../../src/incubator_desk/ui/pages/reports/settings_section.py" line="261"/>
        <source>Report font</source>
        <translation>报告字体</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/settings_section.py" line="267"/>
        <source>Choose the logo</source>
        <translation>选择标志</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/settings_section.py" line="269"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/settings_section.py" line="272"/>
        <location filename="../../src/incubator_desk/ui/pages/reports/settings_section.py" line="275"/>
        <location filename="../../src/incubator_desk/ui/pages/reports/settings_section.py" line="276"/>
        <source>Logo</source>
        <translation>标志</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/settings_section.py" line="275"/>
        <source>Remove the logo from report covers?</source>
        <translation>从报告封面上移除标志？</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/settings_section.py" line="286"/>
        <source>High and New Technology Enterprise</source>
        <translation>国家高新技术企业</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/settings_section.py" line="287"/>
        <source>Cumulative investment over (¥)</source>
        <translation>累计获得投资超过（元）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/settings_section.py" line="288"/>
        <source>Revenue of two consecutive years over (¥)</source>
        <translation>连续两年营业收入合计超过（元）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/settings_section.py" line="289"/>
        <source>Merged, acquired, listed or quoted</source>
        <translation>被兼并收购或上市挂牌</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/settings_section.py" line="290"/>
        <source>Criteria needed (at least)</source>
        <translation>至少满足条件数</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/settings_section.py" line="291"/>
        <source>Admission within (months of founding)</source>
        <translation>成立后入孵期限（月）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/settings_section.py" line="292"/>
        <source>Incubation limit (months)</source>
        <translation>孵化期限（月）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/settings_section.py" line="293"/>
        <source>Longer limit for flagged industries (months)</source>
        <translation>特定行业孵化期限（月）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/settings_section.py" line="298"/>
        <source>in use</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/settings_section.py" line="299"/>
        <source>Restore the national defaults</source>
        <translation>恢复国家默认标准</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/settings_section.py" line="300"/>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/settings_section.py" line="301"/>
        <source>Save rules</source>
        <translation>保存条件</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/settings_section.py" line="302"/>
        <source>Report font and logo</source>
        <translation>报告字体与标志</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/settings_section.py" line="303"/>
        <source>Font in reports:</source>
        <translation>报告字体：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/settings_section.py" line="304"/>
        <source>Choose font…</source>
        <translation>选择字体…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/settings_section.py" line="305"/>
        <source>Find automatically</source>
        <translation>自动查找</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/settings_section.py" line="306"/>
        <source>Logo on covers:</source>
        <translation>封面标志：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/settings_section.py" line="307"/>
        <source>Choose logo…</source>
        <translation>选择标志…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/settings_section.py" line="308"/>
        <source>Remove logo</source>
        <translation>移除标志</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/settings_section.py" line="191"/>
        <source>Write an amount in yuan, e.g. 5,000,000.</source>
        <translation>请填写以元为单位的金额，例如 5,000,000。</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/page.py" line="80"/>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/page.py" line="85"/>
        <source>Make a report</source>
        <translation>生成报告</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/page.py" line="90"/>
        <source>Collect figures</source>
        <translation>收集数据</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/restore_dialog.py" line="92"/>
        <source>Made</source>
        <translation>制作时间</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/restore_dialog.py" line="94"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/restore_dialog.py" line="95"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/restore_dialog.py" line="96"/>
        <source>Tenants</source>
        <translation>在孵企业</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/restore_dialog.py" line="98"/>
        <source>Allocations</source>
        <translation>空间分配</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/restore_dialog.py" line="100"/>
        <source>Applications</source>
        <translation>融资申请</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/restore_dialog.py" line="106"/>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/restore_dialog.py" line="107"/>
        <source>made by hand</source>
        <translation>手动</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/restore_dialog.py" line="108"/>
        <source>before an upgrade</source>
        <translation>升级前</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/restore_dialog.py" line="109"/>
        <source>before a restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/restore_dialog.py" line="110"/>
        <source>export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/restore_dialog.py" line="136"/>
        <source>Reading the backups…</source>
        <translation>正在读取备份…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/restore_dialog.py" line="138"/>
        <source>No backups yet in %1. Choose Other file… to restore from a file.</source>
        <translation>%1 中还没有备份。选择“其他文件…”可从文件恢复。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/restore_dialog.py" line="141"/>
        <source>Backups are kept in %1.</source>
        <translation>备份保存在 %1。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/restore_dialog.py" line="144"/>
        <source>Files there that could not be read: %1.</source>
        <translation>其中无法读取的文件：%1 个。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/restore_dialog.py" line="151"/>
        <source>Choose a backup in the list first.</source>
        <translation>请先在列表中选择一份备份。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/restore_dialog.py" line="157"/>
        <source>Restore from a file</source>
        <translation>从文件恢复</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/restore_dialog.py" line="169"/>
        <source>Replace everything in %1 with the backup made on %2?

The backup holds %3 tenants, %4 allocations and %5 applications. The data as it is now is backed up first, so nothing is lost.</source>
        <translation>要用 %2 制作的备份替换 %1 中的全部内容吗？

该备份包含 %3 家企业、%4 条空间分配和 %5 份融资申请。当前数据会先备份，不会丢失任何内容。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/restore_dialog.py" line="179"/>
        <location filename="../../src/incubator_desk/ui/dialogs/restore_dialog.py" line="206"/>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/restore_dialog.py" line="181"/>
        <source>Restoring the backup…</source>
        <translation>正在恢复备份…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/restore_dialog.py" line="209"/>
        <source>Backups of %1, newest first. Restoring replaces everything in the database with the backup&apos;s contents; the data as it is now is backed up first.</source>
        <translation>%1 的备份，最新的在前。恢复会用备份的内容替换数据库中的全部内容；当前数据会先备份。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/restore_dialog.py" line="213"/>
        <source>Other &amp;file…</source>
        <translation>其他文件(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/restore_dialog.py" line="214"/>
        <source>&amp;Restore…</source>
        <translation>恢复(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>ReturnCheckView</name>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/statistics/check_view.py" line="71"/>
        <source>Tenant</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/statistics/check_view.py" line="72"/>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/statistics/check_view.py" line="73"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/statistics/check_view.py" line="75"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/statistics/check_view.py" line="77"/>
        <source>Missing</source>
        <translation>未交</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/statistics/check_view.py" line="79"/>
        <source>Implausible</source>
        <translation>不合理</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/statistics/check_view.py" line="83"/>
        <source>What to fix</source>
        <translation>需修改的内容</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/statistics/check_view.py" line="89"/>
        <source>Checking the %1 return…</source>
        <translation>正在检查 %1 年报表…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/statistics/check_view.py" line="120"/>
        <source>The check finds nothing to fix in the %1 return of %2 tenants.</source>
        <translation>%1 年报表（%2 家企业）检查无问题。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/statistics/check_view.py" line="123"/>
        <source>%3 things to fix in the %1 return: %4 of %2 tenants, and the incubator&apos;s own figures (Settings). Open a line to fix it.</source>
        <translation>%1 年报表有 %3 处需修改：涉及 %2 家中的 %4 家企业，以及孵化器自身数据（设置）。打开一行即可修改。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/statistics/check_view.py" line="128"/>
        <source>%3 things to fix in the %1 return, for %4 of %2 tenants. Open a line to fix it.</source>
        <translation>%1 年报表有 %3 处需修改，涉及 %2 家中的 %4 家企业。打开一行即可修改。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/statistics/check_view.py" line="161"/>
        <location filename="../../src/incubator_desk/ui/pages/statistics/check_view.py" line="170"/>
        <location filename="../../src/incubator_desk/ui/pages/statistics/check_view.py" line="191"/>
        <source>Export the return</source>
        <translation>导出统计报表</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/statistics/check_view.py" line="162"/>
        <source>The check lists %1 things to fix. Export the return all the same?</source>
        <translation>检查发现 %1 处需修改。仍要导出报表吗？</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/statistics/check_view.py" line="172"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/statistics/check_view.py" line="186"/>
        <source>Wrote the %1 return to %2.</source>
        <translation>已将 %1 年报表写入 %2。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/statistics/check_view.py" line="197"/>
        <source>&amp;Fix the selected…</source>
        <translation>修改所选(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/statistics/check_view.py" line="198"/>
        <source>&amp;Export the return (.xlsx)…</source>
        <translation>导出报表(&amp;E)（.xlsx）…</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_steps.py" line="103"/>
        <source>Review</source>
        <translation>评审</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_steps.py" line="105"/>
        <source>Conflict of interest (left out of the average)</source>
        <translation>存在利益冲突（不计入平均分）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_steps.py" line="108"/>
        <source>&amp;Reviewer:</source>
        <translation>评审人(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_steps.py" line="112"/>
        <source>(%1–%2)</source>
        <translation>（%1–%2）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_steps.py" line="124"/>
        <source>&amp;Comment:</source>
        <translation>评语(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_steps.py" line="130"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/account_dialogs.py" line="193"/>
        <source>Role of %1</source>
        <translation>%1 的角色</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/account_dialogs.py" line="194"/>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/account_dialogs.py" line="195"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
</context>
<context>
    <name>ServerPasswordDialog</name>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/server_password.py" line="70"/>
        <source>Database server password</source>
        <translation>数据库服务器密码</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/server_password.py" line="72"/>
        <source>The password of %1 on the database server:</source>
        <translation>%1 在数据库服务器上的密码：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/server_password.py" line="76"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/server_password.py" line="78"/>
        <source>&amp;Remember it in this computer&apos;s credential store (not in a settings file)</source>
        <translation>记在本机的凭据存储中（不写入设置文件）(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/server_password.py" line="82"/>
        <source>This computer has no credential store the program can use, so the password is asked at every start. It is never written to a settings file.</source>
        <translation>本机没有程序可用的凭据存储，因此每次启动都会询问密码。密码从不写入设置文件。</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/session_dialog.py" line="61"/>
        <source>Edit mentoring session</source>
        <translation>编辑辅导记录</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/session_dialog.py" line="61"/>
        <source>New mentoring session</source>
        <translation>新建辅导记录</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/session_dialog.py" line="93"/>
        <source>&amp;Mentor:</source>
        <translation>导师(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/session_dialog.py" line="100"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/session_dialog.py" line="104"/>
        <source>&amp;When:</source>
        <translation>时间(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/session_dialog.py" line="112"/>
        <source>&amp;Service:</source>
        <translation>服务类型(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/session_dialog.py" line="119"/>
        <source>No room booked</source>
        <translation>不预订会议室</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/session_dialog.py" line="124"/>
        <source>&amp;Place:</source>
        <translation>地点(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/session_dialog.py" line="132"/>
        <source>St&amp;atus:</source>
        <translation>状态(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/session_dialog.py" line="134"/>
        <source>T&amp;opic:</source>
        <translation>主题(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/session_dialog.py" line="138"/>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/session_dialog.py" line="144"/>
        <source>Filter tenants…</source>
        <translation>筛选企业…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/session_dialog.py" line="145"/>
        <source>Te&amp;nants (tick one or more):</source>
        <translation>参加企业（可多选）(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/session_dialog.py" line="170"/>
        <source>Ratings by the tenants (1 poor – 5 excellent):</source>
        <translation>企业评分（1 差 – 5 优）：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/session_dialog.py" line="176"/>
        <source>Tenant</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/session_dialog.py" line="176"/>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/session_dialog.py" line="184"/>
        <source>Agreed actions:</source>
        <translation>约定事项：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/session_dialog.py" line="186"/>
        <source>Add a&amp;ction</source>
        <translation>添加事项(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/session_dialog.py" line="187"/>
        <source>&amp;Remove action</source>
        <translation>删除事项(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/session_dialog.py" line="194"/>
        <source>Action</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/session_dialog.py" line="194"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/session_dialog.py" line="194"/>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/session_dialog.py" line="194"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/session_dialog.py" line="301"/>
        <source>not rated</source>
        <translation>未评分</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/session_dialog.py" line="382"/>
        <source>Add a mentor first.</source>
        <translation>请先添加导师。</translation>
    </message>
</context>
<context>
    <name>SessionsTab</name>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/sessions.py" line="121"/>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/sessions.py" line="131"/>
        <source>Mentoring session</source>
        <translation>辅导记录</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/sessions.py" line="121"/>
        <source>Select a session first.</source>
        <translation>请先选择辅导记录。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/sessions.py" line="144"/>
        <source>Cancel the session “%1” on %2? Its room booking is released.</source>
        <translation>取消 %2 的辅导“%1”？其会议室预订将一并释放。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/sessions.py" line="148"/>
        <source>Cancel session</source>
        <translation>取消辅导</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/sessions.py" line="153"/>
        <source>Session not cancelled</source>
        <translation>辅导未取消</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/sessions.py" line="162"/>
        <source>Delete the session “%1” on %2 with its agreed actions? This cannot be undone; to keep a record, cancel it instead.</source>
        <translation>删除 %2 的辅导“%1”及其约定事项？此操作无法撤销；如需保留记录，请改为取消。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/sessions.py" line="168"/>
        <source>Delete session</source>
        <translation>删除辅导记录</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/sessions.py" line="173"/>
        <source>Session not deleted</source>
        <translation>辅导记录未删除</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/sessions.py" line="181"/>
        <source>Export calendar</source>
        <translation>导出日历</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/sessions.py" line="182"/>
        <source>Select one of the mentor&apos;s sessions (or the mentor) first.</source>
        <translation>请先选择该导师的一条辅导记录（或该导师）。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/sessions.py" line="189"/>
        <source>&amp;New session…</source>
        <translation>新建辅导(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/sessions.py" line="191"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/sessions.py" line="192"/>
        <source>Cancel sessio&amp;n</source>
        <translation>取消辅导(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/sessions.py" line="193"/>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/sessions.py" line="194"/>
        <source>E&amp;xport mentor&apos;s calendar…</source>
        <translation>导出导师日程(&amp;X)…</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/settings_page.py" line="182"/>
        <location filename="../../src/incubator_desk/ui/pages/settings_page.py" line="231"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/settings_page.py" line="194"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/settings_page.py" line="199"/>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/settings_page.py" line="202"/>
        <source>This computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/settings_page.py" line="203"/>
        <source>&amp;Language:</source>
        <translation>界面语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/settings_page.py" line="208"/>
        <source>Same as the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/settings_page.py" line="218"/>
        <source>Incubator (shared by everyone using this database)</source>
        <translation>孵化器信息（使用此数据库的所有人共享）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/settings_page.py" line="219"/>
        <source>Name in &amp;Chinese:</source>
        <translation>中文名称(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/settings_page.py" line="221"/>
        <source>Name in &amp;English:</source>
        <translation>英文名称(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/settings_page.py" line="223"/>
        <source>&amp;Time zone:</source>
        <translation>时区(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/settings_page.py" line="226"/>
        <source>Every time in the window and the reports is shown in this zone.</source>
        <translation>窗口和报告中的所有时间都按此时区显示。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/settings_page.py" line="228"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/settings_page.py" line="229"/>
        <source>&amp;Revert</source>
        <translation>还原(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/settings_page.py" line="213"/>
        <source>C&amp;olours:</source>
        <translation>配色(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/settings_page.py" line="215"/>
        <source>Same as the system (light or dark)</source>
        <translation>跟随系统（浅色或深色）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/settings_page.py" line="215"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/settings_page.py" line="215"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/sign_in.py" line="75"/>
        <source>Enter your sign-in name.</source>
        <translation>请输入登录名。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/sign_in.py" line="86"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/sign_in.py" line="87"/>
        <source>Sign in to %1.</source>
        <translation>登录到 %1。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/sign_in.py" line="88"/>
        <source>Sign-in &amp;name:</source>
        <translation>登录名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/sign_in.py" line="89"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/sign_in.py" line="90"/>
        <source>&amp;Sign in</source>
        <translation>登录(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/sign_in.py" line="91"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>SpaceSettings</name>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/settings_section.py" line="111"/>
        <source>Rent subsidy</source>
        <translation>租金补贴</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/settings_section.py" line="115"/>
        <source>Equipment</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/settings_section.py" line="116"/>
        <source>Kept in</source>
        <translation>存放位置</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/settings_section.py" line="117"/>
        <source>Hourly rate</source>
        <translation>每小时费用</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/settings_section.py" line="118"/>
        <source>Buffer (min)</source>
        <translation>间隔（分钟）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/settings_section.py" line="120"/>
        <source>In service</source>
        <translation>可用</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/settings_section.py" line="122"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/settings_section.py" line="122"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/settings_section.py" line="127"/>
        <source>Policy:</source>
        <translation>政策：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/settings_section.py" line="128"/>
        <source>&amp;New policy</source>
        <translation>新建政策(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/settings_section.py" line="129"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/settings_section.py" line="130"/>
        <source>Applied by &amp;default to new allocations</source>
        <translation>新分配默认采用(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/settings_section.py" line="131"/>
        <source>A&amp;ctive (offered when allocating)</source>
        <translation>启用（分配时可选）(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/settings_section.py" line="134"/>
        <source>Each step gives a subsidy for a range of months counted from the tenant&apos;s entry date, e.g. months 0–12 at 100 % (first year free), 12–24 at 50 %. An allocation may override it with a fixed percentage.</source>
        <translation>每一档按企业入驻日期起算的月份区间给予补贴，例如第 0–12 个月 100%（首年全免），第 12–24 个月 50%。单个分配可改用固定补贴比例。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/settings_section.py" line="140"/>
        <source>From month</source>
        <translation>起始月</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/settings_section.py" line="140"/>
        <source>To month (not included)</source>
        <translation>截止月（不含）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/settings_section.py" line="140"/>
        <source>Subsidy %</source>
        <translation>补贴比例</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/settings_section.py" line="142"/>
        <source>Add &amp;step</source>
        <translation>添加档位(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/settings_section.py" line="143"/>
        <source>&amp;Remove step</source>
        <translation>删除档位(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/settings_section.py" line="144"/>
        <source>&amp;Save policy</source>
        <translation>保存政策(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/settings_section.py" line="145"/>
        <source>Shared equipment booked by the hour</source>
        <translation>按小时预订的共享设备</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/settings_section.py" line="146"/>
        <source>Add e&amp;quipment…</source>
        <translation>添加设备(&amp;Q)…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/settings_section.py" line="147"/>
        <source>Edit equ&amp;ipment…</source>
        <translation>编辑设备(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/settings_section.py" line="159"/>
        <source> (default)</source>
        <translation>（默认）</translation>
    </message>
</context>
<context>
    <name>SpacesPage</name>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/page.py" line="128"/>
        <source>Spaces</source>
        <translation>空间</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/common.py" line="28"/>
        <source>no end date</source>
        <translation>未设结束日期</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/common.py" line="39"/>
        <source>Tenant</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/common.py" line="44"/>
        <source>Unit</source>
        <translation>房间</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/common.py" line="49"/>
        <source>Desks</source>
        <translation>工位数</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/common.py" line="51"/>
        <source>From</source>
        <translation>起始</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/common.py" line="53"/>
        <source>Until</source>
        <translation>截止</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/common.py" line="60"/>
        <source>Monthly rent</source>
        <translation>月租金</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/common.py" line="66"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/page.py" line="135"/>
        <source>Floor plan</source>
        <translation>楼层平面图</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/page.py" line="136"/>
        <source>Units</source>
        <translation>房间</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/page.py" line="132"/>
        <source>On:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/page.py" line="133"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/page.py" line="137"/>
        <source>Occupancy</source>
        <translation>出租率</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/page.py" line="138"/>
        <source>Vacancies</source>
        <translation>空置房间</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/page.py" line="139"/>
        <source>Ending soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/page.py" line="140"/>
        <source>Rent roll</source>
        <translation>租金清单</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/page.py" line="141"/>
        <source>Bookings</source>
        <translation>预订</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/page.py" line="145"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/page.py" line="146"/>
        <source>Add a site, building or floor</source>
        <translation>添加园区、楼栋或楼层</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/page.py" line="148"/>
        <source>Site…</source>
        <translation>园区…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/page.py" line="150"/>
        <source>Building on the selected site…</source>
        <translation>在所选园区添加楼栋…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/page.py" line="153"/>
        <source>Floor in the selected building…</source>
        <translation>在所选楼栋添加楼层…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/page.py" line="155"/>
        <location filename="../../src/incubator_desk/ui/pages/spaces/page.py" line="242"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/page.py" line="205"/>
        <source>Floor %1</source>
        <translation>%1 层</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/page.py" line="224"/>
        <source>No sites yet: use Add › Site… to lay out the park.</source>
        <translation>尚无园区：请用“添加 › 园区…”建立园区布局。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/page.py" line="256"/>
        <source>Add building</source>
        <translation>添加楼栋</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/page.py" line="256"/>
        <source>Select a site first.</source>
        <translation>请先选择园区。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/page.py" line="261"/>
        <source>Add floor</source>
        <translation>添加楼层</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/page.py" line="261"/>
        <source>Select a building first.</source>
        <translation>请先选择楼栋。</translation>
    </message>
</context>
<context>
    <name>StageDialog</name>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_form.py" line="471"/>
        <source>Change stage</source>
        <translation>变更孵化阶段</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_form.py" line="487"/>
        <source>New &amp;stage:</source>
        <translation>新阶段(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_form.py" line="488"/>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_form.py" line="491"/>
        <source>E&amp;xit reason:</source>
        <translation>退出原因(&amp;X)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_form.py" line="494"/>
        <source>&amp;Why:</source>
        <translation>原因(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_form.py" line="520"/>
        <source>Give the date of the change.</source>
        <translation>请填写变更日期。</translation>
    </message>
</context>
<context>
    <name>StageTab</name>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_detail.py" line="275"/>
        <source>&amp;Change stage…</source>
        <translation>变更阶段(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_detail.py" line="290"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_detail.py" line="291"/>
        <source>Stage</source>
        <translation>孵化阶段</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_detail.py" line="292"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_detail.py" line="293"/>
        <source>Recorded by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_detail.py" line="298"/>
        <source>Now: {stage}</source>
        <translation>当前：{stage}</translation>
    </message>
</context>
<context>
    <name>StartRoundDialog</name>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/collection_start.py" line="47"/>
        <source>Start a collection round</source>
        <translation>开始数据收集</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/collection_start.py" line="53"/>
        <source>A workbook is written for every tenant in incubation, with its name, credit code and last period&apos;s figures. Send each tenant its file; the files that come back, under any name, are matched by credit code.</source>
        <translation>系统为每家在孵企业生成一份工作簿，包含企业名称、统一社会信用代码和上期数据。请把文件发给各企业；收回的文件无论如何命名，都按信用代码匹配。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/collection_start.py" line="65"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/collection_start.py" line="73"/>
        <source>Ask for the workbooks back by</source>
        <translation>要求在此日期前交回</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/collection_start.py" line="87"/>
        <source>&amp;Period:</source>
        <translation>报告期(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/collection_start.py" line="90"/>
        <source>A quarter such as 2026Q3 (the quarter&apos;s figures), or a year such as 2025 (the tenants&apos; data of the annual statistics return).</source>
        <translation>季度，如 2026Q3（该季度的经营数据）；或年份，如 2025（统计年报中的企业数据）。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/collection_start.py" line="97"/>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/collection_start.py" line="103"/>
        <source>&amp;Write the workbooks</source>
        <translation>生成工作簿(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/collection_start.py" line="130"/>
        <source>Folder for the workbooks</source>
        <translation>工作簿存放文件夹</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/statistics/page.py" line="48"/>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/statistics/page.py" line="88"/>
        <source>&amp;Year of the return:</source>
        <translation>统计年度(&amp;Y)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/statistics/page.py" line="89"/>
        <source>Return and check</source>
        <translation>报表与检查</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/statistics/page.py" line="90"/>
        <source>Self-assessment</source>
        <translation>对标自评</translation>
    </message>
</context>
<context>
    <name>StatisticsPanel</name>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/statistics.py" line="181"/>
        <source>Today %1 of %2 tenants have an assigned mentor (%3); %4 active mentors.</source>
        <translation>今日在孵企业 %2 家，其中 %1 家已指派导师（%3）；在聘导师 %4 位。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/statistics.py" line="189"/>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/statistics.py" line="114"/>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/statistics.py" line="116"/>
        <source>Mentoring hours</source>
        <translation>辅导时长（小时）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/statistics.py" line="122"/>
        <source>Sessions held</source>
        <translation>已举行辅导</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/statistics.py" line="123"/>
        <source>Tenants served</source>
        <translation>服务企业数</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/statistics.py" line="124"/>
        <source>Events</source>
        <translation>活动场次</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/statistics.py" line="125"/>
        <source>Registered</source>
        <translation>已报名</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/statistics.py" line="126"/>
        <source>Attended</source>
        <translation>出席人数</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/statistics.py" line="127"/>
        <source>Walk-ins</source>
        <translation>现场参加</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/statistics.py" line="129"/>
        <source>Attendance rate</source>
        <translation>出席率</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/statistics.py" line="136"/>
        <source>Average feedback</source>
        <translation>平均评分</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/statistics.py" line="163"/>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/statistics.py" line="192"/>
        <source>Hours by service type (year):</source>
        <translation>按服务类型统计时长（全年）：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/statistics.py" line="193"/>
        <source>Hours by mentor (year):</source>
        <translation>按导师统计时长（全年）：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/statistics.py" line="194"/>
        <source>Hours by tenant (year):</source>
        <translation>按企业统计时长（全年）：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/statistics.py" line="85"/>
        <source>Service</source>
        <translation>服务类型</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/statistics.py" line="88"/>
        <source>Mentor</source>
        <translation>导师</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/statistics.py" line="91"/>
        <source>Tenant</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/statistics.py" line="147"/>
        <source>Hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/statistics.py" line="148"/>
        <source>Sessions</source>
        <translation>次数</translation>
    </message>
</context>
<context>
    <name>StatisticsSettings</name>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/statistics/settings_section.py" line="134"/>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/statistics/settings_section.py" line="195"/>
        <source>a percentage, e.g. 75 for 75%</source>
        <translation>百分比，如 75 表示 75%</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/statistics/settings_section.py" line="196"/>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/statistics/settings_section.py" line="197"/>
        <source>square metres</source>
        <translation>平方米</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/statistics/settings_section.py" line="198"/>
        <source>years</source>
        <translation>年</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/statistics/settings_section.py" line="199"/>
        <source>per 10 tenants</source>
        <translation>每10家在孵企业</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/statistics/settings_section.py" line="200"/>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/statistics/settings_section.py" line="215"/>
        <source>Saved the incubator&apos;s %1 figures.</source>
        <translation>已保存孵化器 %1 年数据。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/statistics/settings_section.py" line="228"/>
        <source>%1: the threshold “%2” is not a number.</source>
        <translation>%1：门槛“%2”不是数字。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/statistics/settings_section.py" line="259"/>
        <source>Enter the start of operation as 2016-05-18.</source>
        <translation>请按 2016-05-18 的格式填写开始运营日期。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/statistics/settings_section.py" line="281"/>
        <source>Saved the thresholds of the self-assessment.</source>
        <translation>已保存自评门槛。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/statistics/settings_section.py" line="287"/>
        <source>Restore the defaults</source>
        <translation>恢复默认值</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/statistics/settings_section.py" line="289"/>
        <source>Put every threshold, source and note back to the defaults? Your changes to them are lost once you save.</source>
        <translation>将所有门槛、来源和说明恢复为默认值？保存后您的修改将丢失。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/statistics/settings_section.py" line="295"/>
        <source>Defaults restored in the table: save to keep them.</source>
        <translation>表中已恢复默认值：保存后生效。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/statistics/settings_section.py" line="299"/>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/statistics/settings_section.py" line="300"/>
        <source>The incubator&apos;s own figures for the return</source>
        <translation>孵化器自身年度数据（统计报表用）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/statistics/settings_section.py" line="304"/>
        <source>%1 (%2):</source>
        <translation>%1（%2）：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/statistics/settings_section.py" line="306"/>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/statistics/settings_section.py" line="311"/>
        <source>Everything else in the incubator table is computed from the tenants, spaces, mentoring, training and funds. Leave the area and the fund empty to use those of Spaces and Funding.</source>
        <translation>孵化器运营情况表的其他数据均由在孵企业、空间、辅导、培训和基金自动计算。面积和基金留空则使用“空间”和“基金”中的数据。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/statistics/settings_section.py" line="316"/>
        <source>Save &amp;figures</source>
        <translation>保存数据(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/statistics/settings_section.py" line="317"/>
        <source>Self-assessment against the national levels</source>
        <translation>对照国家标准自评</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/statistics/settings_section.py" line="318"/>
        <source>In operation &amp;since:</source>
        <translation>开始运营日期(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/statistics/settings_section.py" line="321"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/statistics/settings_section.py" line="322"/>
        <source>Criterion</source>
        <translation>条件</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/statistics/settings_section.py" line="323"/>
        <source>Threshold (≥)</source>
        <translation>门槛（≥）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/statistics/settings_section.py" line="324"/>
        <source>In use</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/statistics/settings_section.py" line="325"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/statistics/settings_section.py" line="326"/>
        <source>Note (where uncertain)</source>
        <translation>说明（存疑之处）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/statistics/settings_section.py" line="337"/>
        <source>Save &amp;thresholds</source>
        <translation>保存门槛(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/statistics/settings_section.py" line="338"/>
        <source>Restore &amp;defaults…</source>
        <translation>恢复默认值(&amp;D)…</translation>
    </message>
</context>
<context>
    <name>TenantBillingTab</name>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/tenant_tab.py" line="42"/>
        <source>In arrears: %1 overdue, the oldest %2 days</source>
        <translation>欠费：逾期 %1，最长 %2 天</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/tenant_tab.py" line="124"/>
        <source>Billing</source>
        <translation>账务</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/tenant_tab.py" line="128"/>
        <source>Number</source>
        <translation>单号</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/tenant_tab.py" line="129"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/tenant_tab.py" line="130"/>
        <source>Period</source>
        <translation>账期</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/tenant_tab.py" line="131"/>
        <source>Issued</source>
        <translation>已开具</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/tenant_tab.py" line="132"/>
        <source>Due</source>
        <translation>应付日期</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/tenant_tab.py" line="133"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/tenant_tab.py" line="134"/>
        <source>Left to pay</source>
        <translation>未付</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/tenant_tab.py" line="135"/>
        <location filename="../../src/incubator_desk/ui/pages/billing/tenant_tab.py" line="146"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/tenant_tab.py" line="140"/>
        <source>Receipt</source>
        <translation>收款单号</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/tenant_tab.py" line="141"/>
        <source>Received on</source>
        <translation>收款日期</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/tenant_tab.py" line="142"/>
        <location filename="../../src/incubator_desk/ui/pages/billing/tenant_tab.py" line="153"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/tenant_tab.py" line="143"/>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/tenant_tab.py" line="144"/>
        <source>Invoice number</source>
        <translation>发票号</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/tenant_tab.py" line="145"/>
        <source>Paid bills</source>
        <translation>所付账单</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/tenant_tab.py" line="151"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/tenant_tab.py" line="152"/>
        <source>Deposit</source>
        <translation>押金</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/tenant_tab.py" line="154"/>
        <source>Reference</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/tenant_tab.py" line="177"/>
        <source>Balance %1: not yet due %2, overdue %3 (over 90 days %4); on account %5; deposit held %6</source>
        <translation>余额 %1：未到期 %2，逾期 %3（其中 90 天以上 %4）；预收 %5；押金余额 %6</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/tenant_tab.py" line="194"/>
        <source>Billing terms</source>
        <translation>计费条款</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/tenant_tab.py" line="227"/>
        <source>Statement of account</source>
        <translation>对账单</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/tenant_tab.py" line="228"/>
        <source>Statement %1</source>
        <translation>对账单 %1</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/tenant_tab.py" line="247"/>
        <location filename="../../src/incubator_desk/ui/pages/billing/tenant_tab.py" line="257"/>
        <location filename="../../src/incubator_desk/ui/pages/billing/tenant_tab.py" line="264"/>
        <source>Settle the deposit at exit</source>
        <translation>退租结算押金</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/tenant_tab.py" line="249"/>
        <source>The deposit of %1 first pays the %2 still owed, and the rest is recorded as returned today. Go ahead?</source>
        <translation>押金 %1 先抵扣尚欠的 %2，余额记为今日退还。是否继续？</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/tenant_tab.py" line="265"/>
        <source>%1 paid the bills still open; %2 is to be returned.</source>
        <translation>已用 %1 抵扣未付账单；应退还 %2。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/tenant_tab.py" line="271"/>
        <source>Billed:</source>
        <translation>计费周期：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/tenant_tab.py" line="272"/>
        <source>Days to pay:</source>
        <translation>付款期限（天）：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/tenant_tab.py" line="273"/>
        <source>the default</source>
        <translation>默认</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/tenant_tab.py" line="274"/>
        <source>Save terms</source>
        <translation>保存计费条款</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/tenant_tab.py" line="275"/>
        <source>Bills</source>
        <translation>账单</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/tenant_tab.py" line="276"/>
        <source>Payments</source>
        <translation>收款</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/tenant_tab.py" line="277"/>
        <source>Deposit (押金)</source>
        <translation>押金</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/tenant_tab.py" line="278"/>
        <source>Record a &amp;payment…</source>
        <translation>登记收款(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/tenant_tab.py" line="279"/>
        <source>S&amp;tatement…</source>
        <translation>对账单(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/tenant_tab.py" line="280"/>
        <source>Deposit received…</source>
        <translation>收取押金…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/tenant_tab.py" line="281"/>
        <source>Return deposit…</source>
        <translation>退还押金…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/billing/tenant_tab.py" line="282"/>
        <source>Settle deposit at exit…</source>
        <translation>退租结算押金…</translation>
    </message>
</context>
<context>
    <name>TenantDetail</name>
    <message>
        <location filename="../../src/incubator_desk/services/audit/fields.py" line="112"/>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_detail.py" line="57"/>
        <source>Staff, total</source>
        <translation>员工总数</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/fields.py" line="113"/>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_detail.py" line="58"/>
        <source>R&amp;D staff</source>
        <translation>研发人员</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/fields.py" line="114"/>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_detail.py" line="59"/>
        <source>PhD holders</source>
        <translation>博士</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/fields.py" line="115"/>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_detail.py" line="60"/>
        <source>Master&apos;s degree holders</source>
        <translation>硕士</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/fields.py" line="116"/>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_detail.py" line="61"/>
        <source>Bachelor&apos;s degree holders</source>
        <translation>本科</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/fields.py" line="117"/>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_detail.py" line="62"/>
        <source>College (大专) or above</source>
        <translation>大专及以上</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/fields.py" line="118"/>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_detail.py" line="63"/>
        <source>Returnees</source>
        <translation>留学人员</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/fields.py" line="119"/>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_detail.py" line="64"/>
        <source>Fresh graduates hired</source>
        <translation>吸纳应届毕业生</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/fields.py" line="120"/>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_detail.py" line="65"/>
        <source>Revenue (¥)</source>
        <translation>营业收入（元）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/fields.py" line="121"/>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_detail.py" line="66"/>
        <source>Net profit (¥)</source>
        <translation>净利润（元）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/fields.py" line="122"/>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_detail.py" line="67"/>
        <source>Export (¥)</source>
        <translation>出口额（元）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/fields.py" line="123"/>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_detail.py" line="68"/>
        <source>R&amp;D spend (¥)</source>
        <translation>研发投入（元）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/fields.py" line="124"/>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_detail.py" line="69"/>
        <source>Taxes paid (¥)</source>
        <translation>上缴税费（元）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/fields.py" line="127"/>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_detail.py" line="70"/>
        <source>Invention patent applications</source>
        <translation>发明专利申请</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/fields.py" line="129"/>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_detail.py" line="71"/>
        <source>Invention patents granted</source>
        <translation>发明专利授权</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/fields.py" line="130"/>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_detail.py" line="72"/>
        <source>Utility models</source>
        <translation>实用新型</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/fields.py" line="131"/>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_detail.py" line="73"/>
        <source>Designs</source>
        <translation>外观设计</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/fields.py" line="132"/>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_detail.py" line="74"/>
        <source>Software copyrights</source>
        <translation>软件著作权</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/fields.py" line="135"/>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_detail.py" line="75"/>
        <source>Valid invention patents</source>
        <translation>有效发明专利</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/fields.py" line="137"/>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_detail.py" line="76"/>
        <source>IC layout designs</source>
        <translation>集成电路布图设计</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/fields.py" line="138"/>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_detail.py" line="77"/>
        <source>Technology contracts</source>
        <translation>技术合同数</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/fields.py" line="141"/>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_detail.py" line="78"/>
        <source>Technology contracts value (¥)</source>
        <translation>技术合同金额（元）</translation>
    </message>
</context>
<context>
    <name>TenantDetailDialog</name>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_detail.py" line="606"/>
        <source>&amp;Profile</source>
        <translation>基本信息(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_detail.py" line="607"/>
        <source>P&amp;eople</source>
        <translation>人员(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_detail.py" line="608"/>
        <source>S&amp;tage timeline</source>
        <translation>阶段历程(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_detail.py" line="609"/>
        <source>&amp;Quarterly figures</source>
        <translation>季度数据(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_detail.py" line="644"/>
        <source>archived</source>
        <translation>已归档</translation>
    </message>
</context>
<context>
    <name>TenantForm</name>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_form.py" line="208"/>
        <source>Left empty: computed from the entry date.</source>
        <translation>留空：按入孵日期计算。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_form.py" line="212"/>
        <source>By the incubation-period rule ({months} months): {date}</source>
        <translation>按孵化期限规则（{months} 个月）：{date}</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_form.py" line="219"/>
        <source>Name (&amp;Chinese):</source>
        <translation>中文名称(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_form.py" line="220"/>
        <source>Name (&amp;English):</source>
        <translation>英文名称(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_form.py" line="221"/>
        <source>Credit &amp;code:</source>
        <translation>统一社会信用代码(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_form.py" line="222"/>
        <source>&amp;Founded on:</source>
        <translation>成立日期(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_form.py" line="223"/>
        <source>Registered capital (¥):</source>
        <translation>注册资本（元）：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_form.py" line="224"/>
        <source>&amp;Industry:</source>
        <translation>行业(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_form.py" line="225"/>
        <source>Technology field:</source>
        <translation>技术领域：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_form.py" line="226"/>
        <source>Registration type:</source>
        <translation>登记注册类型：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_form.py" line="227"/>
        <source>Sector (GB/T 4754):</source>
        <translation>国民经济行业（GB/T 4754）：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_form.py" line="228"/>
        <source>Address in the park:</source>
        <translation>园区地址：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_form.py" line="229"/>
        <source>E&amp;ntry date:</source>
        <translation>入孵日期(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_form.py" line="230"/>
        <source>Planned graduation:</source>
        <translation>计划毕业日期：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_form.py" line="231"/>
        <source>High-Tech Enterprise:</source>
        <translation>高新技术企业：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_form.py" line="232"/>
        <source>Certified on:</source>
        <translation>认定日期：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_form.py" line="233"/>
        <source>Listing status:</source>
        <translation>上市状态：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_form.py" line="234"/>
        <source>Listed on:</source>
        <translation>上市日期：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_form.py" line="235"/>
        <source>&amp;Tags:</source>
        <translation>标签(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_form.py" line="236"/>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_form.py" line="240"/>
        <source>Separated by commas, e.g. 专精特新, 硬科技</source>
        <translation>以逗号分隔，例如 专精特新, 硬科技</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_form.py" line="241"/>
        <source>certified</source>
        <translation>已认定</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_form.py" line="242"/>
        <source>in yuan, e.g. 1000000</source>
        <translation>单位：元，例如 1000000</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_form.py" line="290"/>
        <source>Enter an amount in yuan, such as 1000000.</source>
        <translation>请输入以元为单位的金额，例如 1000000。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_form.py" line="606"/>
        <source>Archive tenant</source>
        <translation>归档企业</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/tenant_form.py" line="608"/>
        <source>Archive “{name}”? It leaves the register but nothing is deleted: its history, spaces and figures stay on record.</source>
        <translation>归档“{name}”？该企业将从名册中隐藏，但不会删除任何数据：其历史、空间和经营数据均予保留。</translation>
    </message>
</context>
<context>
    <name>TenantFundingTab</name>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/funding/tenant_tab.py" line="62"/>
        <source>Funding</source>
        <translation>投融资</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/funding/tenant_tab.py" line="121"/>
        <source>Cumulative investment %1 (outside %2 + incubator funds %3)</source>
        <translation>累计获得投资 %1（外部投资 %2 + 孵化器基金 %3）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/funding/tenant_tab.py" line="84"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/funding/tenant_tab.py" line="84"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/funding/tenant_tab.py" line="128"/>
        <source>Applications</source>
        <translation>融资申请</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/funding/tenant_tab.py" line="129"/>
        <source>Money received from the incubator&apos;s funds</source>
        <translation>从孵化器基金获得的资金</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/funding/tenant_tab.py" line="130"/>
        <source>Investment recorded in the quarterly figures</source>
        <translation>季度经营数据中登记的投资</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/funding/tenant_tab.py" line="131"/>
        <source>&amp;New application…</source>
        <translation>新建申请(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/funding/tenant_tab.py" line="66"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/funding/tenant_tab.py" line="67"/>
        <location filename="../../src/incubator_desk/ui/pages/funding/tenant_tab.py" line="78"/>
        <source>Fund</source>
        <translation>基金</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/funding/tenant_tab.py" line="68"/>
        <location filename="../../src/incubator_desk/ui/pages/funding/tenant_tab.py" line="79"/>
        <source>Instrument</source>
        <translation>融资方式</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/funding/tenant_tab.py" line="69"/>
        <source>Requested (¥)</source>
        <translation>申请金额（¥）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/funding/tenant_tab.py" line="70"/>
        <source>Approved (¥)</source>
        <translation>批准金额（¥）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/funding/tenant_tab.py" line="71"/>
        <source>Paid (¥)</source>
        <translation>已拨付（¥）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/funding/tenant_tab.py" line="72"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/funding/tenant_tab.py" line="77"/>
        <source>Paid on</source>
        <translation>拨付日期</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/funding/tenant_tab.py" line="80"/>
        <location filename="../../src/incubator_desk/ui/pages/funding/tenant_tab.py" line="94"/>
        <source>Amount (¥)</source>
        <translation>金额（¥）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/funding/tenant_tab.py" line="82"/>
        <source>Counts as investment</source>
        <translation>计入投资</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/funding/tenant_tab.py" line="90"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/funding/tenant_tab.py" line="91"/>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/funding/tenant_tab.py" line="92"/>
        <source>Investor</source>
        <translation>投资方</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/funding/tenant_tab.py" line="93"/>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
</context>
<context>
    <name>TenantGraduationTab</name>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/graduation_tab.py" line="76"/>
        <source>Graduation</source>
        <translation>毕业评估</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/graduation_tab.py" line="82"/>
        <source>(not in use)</source>
        <translation>（未启用）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/graduation_tab.py" line="84"/>
        <source>Not met</source>
        <translation>未满足</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/graduation_tab.py" line="104"/>
        <source>Stage: %1</source>
        <translation>孵化阶段：%1</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/graduation_tab.py" line="105"/>
        <source>Months in incubation: %1 of %2</source>
        <translation>已孵化 %1 个月（期限 %2 个月）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/graduation_tab.py" line="109"/>
        <source>(limit reached on %1)</source>
        <translation>（期限届满日 %1）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/graduation_tab.py" line="115"/>
        <source>Overdue: past the incubation limit.</source>
        <translation>已超期：超过孵化期限。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/graduation_tab.py" line="118"/>
        <source>Meets %1 criteria, %2 needed: may graduate.</source>
        <translation>满足 %1 项条件（需 %2 项）：可以毕业。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/graduation_tab.py" line="120"/>
        <source>Meets %1 criteria, %2 needed: not yet eligible.</source>
        <translation>满足 %1 项条件（需 %2 项）：尚不符合毕业条件。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/graduation_tab.py" line="126"/>
        <source>Entered more than the allowed months after founding.</source>
        <translation>入孵时距成立已超过规定月数。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/graduation_tab.py" line="138"/>
        <source>Save the graduation report</source>
        <translation>保存毕业评估报告</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/graduation_tab.py" line="140"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/graduation_tab.py" line="161"/>
        <source>Making the report…</source>
        <translation>正在生成报告…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/graduation_tab.py" line="154"/>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/graduation_tab.py" line="169"/>
        <source>Graduation report</source>
        <translation>毕业评估报告</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/graduation_tab.py" line="81"/>
        <source>Criterion</source>
        <translation>条件</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/graduation_tab.py" line="84"/>
        <source>Met</source>
        <translation>满足</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/graduation_tab.py" line="85"/>
        <source>Evidence</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/graduation_tab.py" line="173"/>
        <source>Save graduation report…</source>
        <translation>保存毕业评估报告…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/graduation_tab.py" line="174"/>
        <location filename="../../src/incubator_desk/ui/pages/reports/graduation_tab.py" line="175"/>
        <source>The report&apos;s language</source>
        <translation>报告语言</translation>
    </message>
</context>
<context>
    <name>TenantHistoryTab</name>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/audit/history_tab.py" line="26"/>
        <source>History</source>
        <translation>变更历史</translation>
    </message>
</context>
<context>
    <name>TenantListsSettings</name>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/tenants.py" line="548"/>
        <source>Tenant lists</source>
        <translation>企业分类列表</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/tenants.py" line="556"/>
        <source>Other names</source>
        <translation>别名</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/tenants.py" line="560"/>
        <source>Tenants</source>
        <translation>企业数</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/tenants.py" line="561"/>
        <source>60 months</source>
        <translation>60个月</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/tenants.py" line="574"/>
        <source>Industries (strategic emerging)</source>
        <translation>行业（战略性新兴产业）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/tenants.py" line="575"/>
        <source>Technology fields</source>
        <translation>技术领域</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/tenants.py" line="576"/>
        <source>Registration types</source>
        <translation>登记注册类型</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/tenants.py" line="577"/>
        <source>Sectors (GB/T 4754)</source>
        <translation>国民经济行业（GB/T 4754）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/tenants.py" line="582"/>
        <source>&amp;List:</source>
        <translation>列表(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/tenants.py" line="583"/>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/tenants.py" line="584"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/tenants.py" line="585"/>
        <source>&amp;Merge into…</source>
        <translation>合并到(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/tenants.py" line="587"/>
        <source>Merge the selected entry into another: its tenants move to the one kept</source>
        <translation>将选中的条目合并到另一个条目：其企业改为保留的条目</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/tenants.py" line="592"/>
        <source>Every database starts with the standard lists. Entries in use are not deleted: untick “In use” to stop offering one, or merge two entries that mean the same. Imports match a sheet&apos;s values against the code, both names and the other names.</source>
        <translation>每个数据库都自带标准列表。已使用的条目不会被删除：取消勾选“启用”即可不再提供某个条目，含义相同的两个条目可以合并。导入时，表格中的值会与代码、中英文名称及别名进行匹配。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/tenants.py" line="552"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/tenants.py" line="553"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/tenants.py" line="554"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/tenants.py" line="562"/>
        <source>In use</source>
        <translation>启用</translation>
    </message>
</context>
<context>
    <name>TenantMentoringTab</name>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/tenant_tab.py" line="64"/>
        <source>Mentoring</source>
        <translation>创业辅导</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/tenant_tab.py" line="85"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/tenant_tab.py" line="86"/>
        <source>Assigned mentors: %1</source>
        <translation>指派导师：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/incubator_desk/ui/pages/mentoring/tenant_tab.py" line="93"/>
        <source>Overdue actions: %n</source>
        <translation>
            <numerusform>逾期事项：%n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/tenant_tab.py" line="68"/>
        <source>Starts</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/tenant_tab.py" line="69"/>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/tenant_tab.py" line="80"/>
        <source>Mentor</source>
        <translation>导师</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/tenant_tab.py" line="70"/>
        <source>Service</source>
        <translation>服务类型</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/tenant_tab.py" line="71"/>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/tenant_tab.py" line="72"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/tenant_tab.py" line="77"/>
        <source>Action</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/tenant_tab.py" line="78"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/tenant_tab.py" line="79"/>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/tenant_tab.py" line="120"/>
        <source>&amp;New session…</source>
        <translation>新建辅导(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/tenant_tab.py" line="121"/>
        <source>&amp;Assign a mentor…</source>
        <translation>指派导师(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/mentoring/tenant_tab.py" line="122"/>
        <source>E&amp;xport schedule (.ics)…</source>
        <translation>导出日程 (.ics)(&amp;X)…</translation>
    </message>
</context>
<context>
    <name>TenantSpacesTab</name>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/tenant_tab.py" line="50"/>
        <source>Spaces</source>
        <translation>空间</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/tenant_tab.py" line="53"/>
        <source>&amp;Allocate space…</source>
        <translation>分配空间(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/tenant_tab.py" line="59"/>
        <source>Holds now (%1)</source>
        <translation>当前使用（%1）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/tenant_tab.py" line="61"/>
        <source>Held before (%1)</source>
        <translation>历史使用（%1）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/tenant_tab.py" line="65"/>
        <source>Graduated, exited or archived tenants are not given space.</source>
        <translation>已毕业、已退出或已归档的企业不能分配空间。</translation>
    </message>
</context>
<context>
    <name>TenantStatisticsTab</name>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/statistics/tenant_tab.py" line="46"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/statistics/tenant_tab.py" line="47"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/statistics/tenant_tab.py" line="153"/>
        <source>Statistics return</source>
        <translation>统计报表</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/statistics/tenant_tab.py" line="176"/>
        <source>Not saved yet.</source>
        <translation>尚未保存。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/statistics/tenant_tab.py" line="182"/>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/statistics/tenant_tab.py" line="183"/>
        <source>Discard the changes to the %1 return?</source>
        <translation>放弃对 %1 年报表的修改？</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/statistics/tenant_tab.py" line="220"/>
        <source>from the quarterly figures: %1</source>
        <translation>取自季度数据：%1</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/statistics/tenant_tab.py" line="232"/>
        <source>The check finds nothing to fix in this year&apos;s return.</source>
        <translation>本年度报表检查无问题。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/incubator_desk/ui/pages/statistics/tenant_tab.py" line="236"/>
        <source>To fix before the return is sent (%n):</source>
        <translation>
            <numerusform>报送前需修改（%n 处）：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/statistics/tenant_tab.py" line="273"/>
        <source>Saved the %1 return.</source>
        <translation>已保存 %1 年报表数据。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/statistics/tenant_tab.py" line="278"/>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/statistics/tenant_tab.py" line="286"/>
        <source>%1 (%2):</source>
        <translation>%1（%2）：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/statistics/tenant_tab.py" line="288"/>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/statistics/tenant_tab.py" line="293"/>
        <source>Kept in the tenant&apos;s profile and records.</source>
        <translation>在企业档案及相关记录中维护。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/statistics/tenant_tab.py" line="297"/>
        <source>No founder is recorded: add one under People to give the founder&apos;s type and sex.</source>
        <translation>尚未登记创始人：请先在“人员”中添加，才能填写创业者类型和性别。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/statistics/tenant_tab.py" line="301"/>
        <source>&amp;Save return</source>
        <translation>保存报表(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/statistics/tenant_tab.py" line="302"/>
        <source>Re&amp;vert</source>
        <translation>还原(&amp;V)</translation>
    </message>
</context>
<context>
    <name>TenantTrainingTab</name>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/training.py" line="468"/>
        <source>Training</source>
        <translation>培训活动</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/training.py" line="488"/>
        <source>Registered for %1 event(s); attended %2.</source>
        <translation>报名 %1 场活动，出席 %2 场。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/training.py" line="472"/>
        <source>Starts</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/training.py" line="473"/>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/training.py" line="474"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/training.py" line="475"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/training.py" line="476"/>
        <source>People registered</source>
        <translation>报名人数</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/training.py" line="477"/>
        <source>Attended</source>
        <translation>出席人数</translation>
    </message>
</context>
<context>
    <name>TenantsPage</name>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/tenants.py" line="102"/>
        <source>All stages</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/tenants.py" line="193"/>
        <source>All industries</source>
        <translation>全部行业</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/tenants.py" line="198"/>
        <source>Any entry year</source>
        <translation>任意入孵年份</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/tenants.py" line="202"/>
        <source>Any tag</source>
        <translation>任意标签</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/tenants.py" line="275"/>
        <source>Archive tenant</source>
        <translation>归档企业</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/tenants.py" line="298"/>
        <source>Export tenants</source>
        <translation>导出在孵企业</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/tenants.py" line="298"/>
        <source>Export figures</source>
        <translation>导出季度数据</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/tenants.py" line="300"/>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/tenants.py" line="318"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/tenants.py" line="314"/>
        <location filename="../../src/incubator_desk/ui/pages/tenants.py" line="323"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/incubator_desk/ui/pages/tenants.py" line="324"/>
        <source>Exported %n row(s) to {path}.</source>
        <translation>
            <numerusform>已导出 %n 行到 {path}。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/tenants.py" line="339"/>
        <source>Tenants</source>
        <translation>在孵企业</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/tenants.py" line="342"/>
        <source>Search by name, credit code, contact or phone…</source>
        <translation>按企业名称、信用代码、联系人或电话搜索…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/tenants.py" line="355"/>
        <source>&amp;Overdue</source>
        <translation>超期(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/tenants.py" line="356"/>
        <source>Still incubating beyond the planned graduation date</source>
        <translation>已超过计划毕业日期仍在孵化</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/tenants.py" line="357"/>
        <source>&amp;Figures missing</source>
        <translation>缺少数据(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/tenants.py" line="360"/>
        <source>No figures recorded for {period}</source>
        <translation>{period} 尚未填报经营数据</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/tenants.py" line="362"/>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/tenants.py" line="363"/>
        <source>New tenant (Insert)</source>
        <translation>新建在孵企业（Insert）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/tenants.py" line="364"/>
        <source>O&amp;pen</source>
        <translation>打开(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/tenants.py" line="365"/>
        <source>&amp;Archive…</source>
        <translation>归档(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/tenants.py" line="366"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/tenants.py" line="367"/>
        <source>Import tenants or quarterly figures (Ctrl+I)</source>
        <translation>导入在孵企业或季度数据（Ctrl+I）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/tenants.py" line="368"/>
        <source>E&amp;xport</source>
        <translation>导出(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/tenants.py" line="369"/>
        <source>This list of tenants…</source>
        <translation>当前企业列表…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/tenants.py" line="370"/>
        <source>Quarterly figures of this list…</source>
        <translation>当前列表的季度数据…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/tenants.py" line="345"/>
        <source>Stage</source>
        <translation>孵化阶段</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/tenants.py" line="352"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/tenants.py" line="353"/>
        <source>Entry year</source>
        <translation>入孵年份</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/tenants.py" line="354"/>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
</context>
<context>
    <name>Toolkit</name>
    <message>
        <location filename="../../src/incubator_desk/ui/toolkit/tasks.py" line="208"/>
        <source>Could not finish</source>
        <translation>未能完成</translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/training.py" line="150"/>
        <source>events</source>
        <translation>培训活动</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/training.py" line="203"/>
        <location filename="../../src/incubator_desk/ui/pages/training.py" line="417"/>
        <source>Training events</source>
        <translation>培训活动</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/training.py" line="203"/>
        <source>Select an event first.</source>
        <translation>请先选择活动。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/training.py" line="209"/>
        <source>Registrations</source>
        <translation>报名</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/training.py" line="209"/>
        <source>Select a person first.</source>
        <translation>请先选择人员。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/training.py" line="243"/>
        <source>Cancel “%1”? %2 registered people will have to be told; the room is released.</source>
        <translation>取消“%1”？需通知已报名的 %2 人；会议室预订将释放。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/training.py" line="247"/>
        <source>Cancel event</source>
        <translation>取消活动</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/training.py" line="249"/>
        <source>Event not cancelled</source>
        <translation>活动未取消</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/training.py" line="257"/>
        <source>Event not changed</source>
        <translation>活动未修改</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/training.py" line="266"/>
        <source>Select an event to see its registrations.</source>
        <translation>选择活动以查看报名情况。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/training.py" line="327"/>
        <source>Register for “%1”</source>
        <translation>报名“%1”</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/training.py" line="338"/>
        <source>Not registered</source>
        <translation>未报名</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/training.py" line="344"/>
        <source>Waiting list</source>
        <translation>候补</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/training.py" line="345"/>
        <source>The event is full; the person is number %1 on the waiting list.</source>
        <translation>活动已满，此人排在候补名单第 %1 位。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/training.py" line="362"/>
        <source>Cancel %1&apos;s registration? The first on the waiting list moves up.</source>
        <translation>取消 %1 的报名？候补名单第一位将递补。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/training.py" line="363"/>
        <source>Cancel registration</source>
        <translation>取消报名</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/training.py" line="365"/>
        <source>Registration not cancelled</source>
        <translation>报名未取消</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/training.py" line="374"/>
        <location filename="../../src/incubator_desk/ui/pages/training.py" line="389"/>
        <source>Not checked in</source>
        <translation>未签到</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/training.py" line="382"/>
        <source>Walk-in at “%1”</source>
        <translation>现场登记：“%1”</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/training.py" line="397"/>
        <source>Undo check-in</source>
        <translation>撤销签到</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/training.py" line="398"/>
        <source>Take back %1&apos;s check-in?</source>
        <translation>撤销 %1 的签到？</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/training.py" line="401"/>
        <source>Check-in not changed</source>
        <translation>签到未修改</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/training.py" line="411"/>
        <source>Feedback not saved</source>
        <translation>评分未保存</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/training.py" line="421"/>
        <source>&amp;New event…</source>
        <translation>新建活动(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/training.py" line="423"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/training.py" line="424"/>
        <source>Mark &amp;held</source>
        <translation>标记已举办(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/training.py" line="425"/>
        <source>Cancel e&amp;vent…</source>
        <translation>取消活动(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/training.py" line="426"/>
        <source>E&amp;xport all events (.ics)…</source>
        <translation>导出全部活动 (.ics)(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/training.py" line="164"/>
        <source>Person</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/training.py" line="165"/>
        <source>Tenant</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/training.py" line="166"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/training.py" line="168"/>
        <source>Registered at</source>
        <translation>报名时间</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/training.py" line="174"/>
        <source>Checked in</source>
        <translation>签到时间</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/training.py" line="179"/>
        <source>Feedback</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/training.py" line="283"/>
        <source>room %1</source>
        <translation>%1 室</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/training.py" line="285"/>
        <source>no venue yet</source>
        <translation>尚未确定场地</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/training.py" line="288"/>
        <source>%1 – %2 at %3. Registered %4 of %5, waiting list %6.</source>
        <translation>%1 – %2，地点：%3。已报名 %4 / %5，候补 %6。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/training.py" line="297"/>
        <source>Not begun yet: nobody has checked in.</source>
        <translation>活动尚未开始，暂无签到。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/training.py" line="303"/>
        <source>Checked in %1, walk-ins %2. Attendance rate %3, average feedback %4.</source>
        <translation>已签到 %1，现场报名 %2。出席率 %3，平均评分 %4。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/training.py" line="428"/>
        <source>&amp;Register a person…</source>
        <translation>报名(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/training.py" line="429"/>
        <source>Cancel re&amp;gistration…</source>
        <translation>取消报名(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/training.py" line="430"/>
        <source>Check &amp;in</source>
        <translation>签到(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/training.py" line="431"/>
        <source>&amp;Walk-in…</source>
        <translation>现场登记(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/training.py" line="432"/>
        <source>&amp;Undo check-in…</source>
        <translation>撤销签到(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/training.py" line="433"/>
        <source>&amp;Feedback:</source>
        <translation>评分(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/training.py" line="434"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/training.py" line="435"/>
        <source>&amp;Save feedback</source>
        <translation>保存评分(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/training.py" line="441"/>
        <source>Waiting list #%1</source>
        <translation>候补第 %1 位</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/training.py" line="445"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/training.py" line="447"/>
        <source>Walk-in</source>
        <translation>现场参加</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/training.py" line="448"/>
        <source>Registered</source>
        <translation>已报名</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/training.py" line="71"/>
        <source>Search by title or speaker…</source>
        <translation>按标题或讲师搜索…</translation>
    </message>
</context>
<context>
    <name>TrancheDialog</name>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_steps.py" line="270"/>
        <source>Tranche</source>
        <translation>期次</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_steps.py" line="275"/>
        <source>Already paid on:</source>
        <translation>已于以下日期拨付：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_steps.py" line="281"/>
        <source>Money is paid only after the agreement is signed.</source>
        <translation>签署协议后才能拨付资金。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_steps.py" line="283"/>
        <source>&amp;Amount (¥):</source>
        <translation>金额（¥）(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_steps.py" line="284"/>
        <source>&amp;Planned on:</source>
        <translation>计划日期(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_steps.py" line="285"/>
        <source>&amp;Milestone it depends on:</source>
        <translation>对应里程碑(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_steps.py" line="289"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_steps.py" line="295"/>
        <source>Approved %1, already scheduled %2.</source>
        <translation>已批准 %1，已安排拨付 %2。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/application_steps.py" line="309"/>
        <source>Give the tranche&apos;s amount.</source>
        <translation>请填写该期拨付金额。</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/unit_dialog.py" line="47"/>
        <source>Edit unit</source>
        <translation>编辑房间</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/unit_dialog.py" line="47"/>
        <source>New unit</source>
        <translation>新建房间</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/unit_dialog.py" line="48"/>
        <source>&amp;Code:</source>
        <translation>编号(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/unit_dialog.py" line="49"/>
        <source>e.g. 0301</source>
        <translation>例如 0301</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/unit_dialog.py" line="50"/>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/unit_dialog.py" line="53"/>
        <source>&amp;Area (m²):</source>
        <translation>面积（平方米）(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/unit_dialog.py" line="56"/>
        <source>&amp;Desks:</source>
        <translation>工位数(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/unit_dialog.py" line="64"/>
        <source>per m² per month</source>
        <translation>每平方米每月</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/unit_dialog.py" line="65"/>
        <source>per desk per month</source>
        <translation>每工位每月</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/unit_dialog.py" line="66"/>
        <source>per unit per month</source>
        <translation>每间每月</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/unit_dialog.py" line="69"/>
        <source>List &amp;rent:</source>
        <translation>标价租金(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/unit_dialog.py" line="70"/>
        <source>&amp;Features:</source>
        <translation>设施(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/unit_dialog.py" line="72"/>
        <source>power, water, network, fume hood… (comma separated)</source>
        <translation>电力、用水、网络、通风橱…（用逗号分隔）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/unit_dialog.py" line="79"/>
        <source>x (m)</source>
        <translation>x（米）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/unit_dialog.py" line="80"/>
        <source>y (m)</source>
        <translation>y（米）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/unit_dialog.py" line="81"/>
        <source>width (m)</source>
        <translation>宽（米）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/unit_dialog.py" line="82"/>
        <source>depth (m)</source>
        <translation>深（米）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/unit_dialog.py" line="89"/>
        <source>Plan &amp;position:</source>
        <translation>平面位置(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/unit_dialog.py" line="90"/>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/unit_dialog.py" line="93"/>
        <source>&amp;Booked by the hour (meeting room)</source>
        <translation>按小时预订（会议室）(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/unit_dialog.py" line="95"/>
        <source>&amp;Buffer between bookings:</source>
        <translation>预订间隔(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/unit_dialog.py" line="98"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/unit_dialog.py" line="99"/>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>UnitsTab</name>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/units_tab.py" line="52"/>
        <source>Unit</source>
        <translation>房间</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/units_tab.py" line="53"/>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/units_tab.py" line="54"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/units_tab.py" line="55"/>
        <source>Area (m²)</source>
        <translation>面积（平方米）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/units_tab.py" line="56"/>
        <source>Desks</source>
        <translation>工位数</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/units_tab.py" line="58"/>
        <source>List rent (¥)</source>
        <translation>标价租金（元）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/units_tab.py" line="63"/>
        <source>Booked by the hour, not let by the month</source>
        <translation>按小时预订，不按月出租</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/units_tab.py" line="66"/>
        <source>Rent basis</source>
        <translation>计租方式</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/units_tab.py" line="67"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/units_tab.py" line="68"/>
        <source>Features</source>
        <translation>设施</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/units_tab.py" line="72"/>
        <source>Search by unit code…</source>
        <translation>按房间编号搜索…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/units_tab.py" line="76"/>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/units_tab.py" line="82"/>
        <source>Show retired</source>
        <translation>显示已停用</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/units_tab.py" line="99"/>
        <source>%1 units</source>
        <translation>%1 个房间</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/units_tab.py" line="80"/>
        <source>Kind of space</source>
        <translation>空间类型</translation>
    </message>
</context>
<context>
    <name>UnknownValuesPanel</name>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/unknown_values.py" line="80"/>
        <source>Column “%1”</source>
        <translation>列“%1”</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/unknown_values.py" line="88"/>
        <source>Add to the list</source>
        <translation>添加到列表</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/unknown_values.py" line="89"/>
        <source>Leave these rows out</source>
        <translation>不导入这些行</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/unknown_values.py" line="94"/>
        <source>Same as: %1</source>
        <translation>等同于：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/incubator_desk/ui/dialogs/unknown_values.py" line="101"/>
        <source>Values not in the lists (%n)</source>
        <translation>
            <numerusform>不在列表中的值（%n）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/unknown_values.py" line="110"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/unknown_values.py" line="111"/>
        <source>Technology field</source>
        <translation>技术领域</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/unknown_values.py" line="112"/>
        <source>Registration type</source>
        <translation>登记注册类型</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/unknown_values.py" line="113"/>
        <source>Sector (GB/T 4754)</source>
        <translation>国民经济行业（GB/T 4754）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/unknown_values.py" line="119"/>
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/unknown_values.py" line="119"/>
        <source>Value in the file</source>
        <translation>文件中的值</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/unknown_values.py" line="119"/>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/unknown_values.py" line="119"/>
        <source>Import as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/dialogs/unknown_values.py" line="123"/>
        <source>These values are in none of the lists. Add each to its list, or say which entry it means: that is remembered for the next import.</source>
        <translation>以下值不在任何列表中。可以将其添加到列表，或指定它对应的条目：下次导入时会记住。</translation>
    </message>
</context>
<context>
    <name>VacancyTab</name>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/allocations_tabs.py" line="44"/>
        <source>Unit</source>
        <translation>房间</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/allocations_tabs.py" line="45"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/allocations_tabs.py" line="46"/>
        <source>Area (m²)</source>
        <translation>面积（平方米）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/allocations_tabs.py" line="47"/>
        <source>Free desks</source>
        <translation>空余工位</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/allocations_tabs.py" line="48"/>
        <source>List rent</source>
        <translation>标价租金</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/allocations_tabs.py" line="49"/>
        <source>Vacant since</source>
        <translation>空置起始</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/allocations_tabs.py" line="53"/>
        <source>&amp;Allocate…</source>
        <translation>分配(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/allocations_tabs.py" line="63"/>
        <source>%1 units free on %2</source>
        <translation>%2 共有 %1 个空置房间</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/allocations_tabs.py" line="71"/>
        <source>Allocate</source>
        <translation>分配</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/spaces/allocations_tabs.py" line="71"/>
        <source>Select a vacant unit first.</source>
        <translation>请先选择一个空置房间。</translation>
    </message>
</context>
<context>
    <name>WorkbookPane</name>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/preview.py" line="224"/>
        <source>%1 is an Excel workbook (%2 sheet(s)), not a printable document. Its contents are shown below; save it with Save as… or open it in your spreadsheet program.</source>
        <translation>%1是 Excel 工作簿（%2 个工作表），不是可打印的文档。其内容显示如下；可用“另存为…”保存，或在电子表格程序中打开。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/preview.py" line="231"/>
        <source>Long sheets show their first %1 rows here.</source>
        <translation>较长的工作表此处只显示前 %1 行。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/pages/reports/preview.py" line="237"/>
        <source>&amp;Open in spreadsheet program</source>
        <translation>在电子表格程序中打开(&amp;O)</translation>
    </message>
</context>
<context>
    <name>access</name>
    <message>
        <location filename="../../src/incubator_desk/services/access.py" line="55"/>
        <source>managing accounts</source>
        <translation>管理账户</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/access.py" line="56"/>
        <source>changing shared settings and lists</source>
        <translation>修改共享设置和列表</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/access.py" line="57"/>
        <source>restoring a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/access.py" line="58"/>
        <source>filling the database with demo data</source>
        <translation>向数据库填入演示数据</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/access.py" line="59"/>
        <source>changing the tenant register</source>
        <translation>修改在孵企业名录</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/access.py" line="60"/>
        <source>changing spaces and allocations</source>
        <translation>修改空间和入驻分配</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/access.py" line="61"/>
        <source>booking rooms and equipment</source>
        <translation>预订会议室和设备</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/access.py" line="62"/>
        <source>changing mentors and mentoring sessions</source>
        <translation>修改导师和辅导记录</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/access.py" line="63"/>
        <source>changing training events</source>
        <translation>修改培训活动</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/access.py" line="64"/>
        <source>changing funds and applications</source>
        <translation>修改基金和融资申请</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/access.py" line="65"/>
        <source>planning and paying tranches</source>
        <translation>安排和支付拨款</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/access.py" line="66"/>
        <source>scoring applications</source>
        <translation>为融资申请评分</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/access.py" line="67"/>
        <source>billing, payments and deposits</source>
        <translation>账单、收款和押金</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/access.py" line="108"/>
        <source> or </source>
        <translation>或</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/access.py" line="109"/>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>accounts</name>
    <message>
        <location filename="../../src/incubator_desk/services/accounts.py" line="51"/>
        <source>A password needs at least {n} characters.</source>
        <translation>密码至少需要 {n} 个字符。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/accounts.py" line="52"/>
        <source>A sign-in name is 2 to 64 letters, digits or . _ @ + - (no spaces).</source>
        <translation>登录名为 2 到 64 个字母、数字或 . _ @ + -（不能有空格）。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/accounts.py" line="57"/>
        <source>{name} is the automatic local operator&apos;s name.</source>
        <translation>{name} 是自动本地操作员的名称。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/accounts.py" line="59"/>
        <source>The first account must be an administrator: it is the one that adds the others.</source>
        <translation>第一个账户必须是管理员：由它来添加其他账户。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/accounts.py" line="67"/>
        <source>The current password is wrong.</source>
        <translation>当前密码不正确。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/accounts.py" line="69"/>
        <source>Enter the person&apos;s name as others should see it.</source>
        <translation>请输入此人的姓名（其他人看到的名称）。</translation>
    </message>
</context>
<context>
    <name>collect</name>
    <message>
        <location filename="../../src/incubator_desk/services/collection/intake.py" line="54"/>
        <source>accepted</source>
        <translation>已接收</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/collection/intake.py" line="55"/>
        <source>accepted (no change)</source>
        <translation>已接收（无变化）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/collection/intake.py" line="56"/>
        <source>rejected</source>
        <translation>退回</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/collection/intake.py" line="57"/>
        <source>conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/collection/intake.py" line="58"/>
        <source>nothing filled in</source>
        <translation>未填写</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/collection/intake.py" line="59"/>
        <source>unreadable</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/collection/intake.py" line="60"/>
        <source>not matched</source>
        <translation>无法匹配</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/collection/intake.py" line="61"/>
        <source>duplicate</source>
        <translation>重复</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/collection/intake.py" line="64"/>
        <source>Nothing is filled in: this is a workbook as it was sent. Nothing was saved.</source>
        <translation>没有填写任何内容：这是发出时的空白工作簿。未保存任何数据。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/collection/intake.py" line="67"/>
        <source>This workbook belongs to the round for {other}, not {period}. Nothing was saved.</source>
        <translation>此工作簿属于 {other} 的收集轮次，而不是 {period}。未保存任何数据。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/collection/intake.py" line="70"/>
        <source>This workbook is for {other}, and no round for {other} was started here. Nothing was saved.</source>
        <translation>此工作簿用于 {other}，但本系统没有开始 {other} 的收集。未保存任何数据。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/collection/intake.py" line="74"/>
        <source>This workbook was made for the tenant with credit code {made_for}, but its credit code cell says {code}. Check with the tenant which company the figures are of. Nothing was saved.</source>
        <translation>此工作簿是为信用代码 {made_for} 的企业生成的，但信用代码单元格写的是 {code}。请与企业核实数据属于哪家公司。未保存任何数据。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/collection/intake.py" line="80"/>
        <source>{name} ({code}) was not sent a workbook in the round for {period}. Nothing was saved.</source>
        <translation>{period} 的收集没有向 {name}（{code}）发出工作簿。未保存任何数据。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/collection/intake.py" line="84"/>
        <source>No tenant has the credit code “{code}”: the workbook may be another incubator&apos;s, or the code was changed. Nothing was saved.</source>
        <translation>没有企业的信用代码是“{code}”：工作簿可能来自其他孵化器，或代码被改动。未保存任何数据。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/collection/intake.py" line="89"/>
        <source>A newer file for the same tenant came in with this import (“{other}”); this one was left alone.</source>
        <translation>本次导入中有同一企业更新的文件（“{other}”），此文件未处理。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/collection/intake.py" line="94"/>
        <source>The cell holds a formula ({formula}): type the number itself.</source>
        <translation>单元格中是公式（{formula}）：请直接填写数字。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/collection/intake.py" line="97"/>
        <source>{count} cell(s) are wrong; nothing of this file was saved.</source>
        <translation>{count} 个单元格有误，此文件的数据均未保存。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/collection/intake.py" line="100"/>
        <source>Figures already entered for {period} differ from this file: {count} cell(s). Nothing was saved; import again with “overwrite” to replace them.</source>
        <translation>{period} 已录入的数据与此文件不同：{count} 个单元格。未保存任何数据；如需替换，请勾选“覆盖”后再次导入。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/collection/intake.py" line="105"/>
        <source>This file could not be saved: {reason} Import it again.</source>
        <translation>此文件未能保存：{reason} 请再次导入。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/collection/intake.py" line="106"/>
        <source>Already entered: {stored}; this file: {new}.</source>
        <translation>已录入：{stored}；此文件：{new}。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/collection/returns.py" line="44"/>
        <source>“{name}” cannot be read: {reason}.</source>
        <translation>无法读取“{name}”：{reason}。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/collection/returns.py" line="45"/>
        <source>“{name}” is an old Excel 97–2003 (.xls) file, whatever its name says. Ask the tenant to save it as .xlsx (Excel or WPS: Save As → Excel Workbook) and send it again.</source>
        <translation>“{name}”实际上是旧版 Excel 97–2003（.xls）文件。请企业另存为 .xlsx（Excel 或 WPS：另存为 → Excel 工作簿）后重新发送。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/collection/returns.py" line="50"/>
        <source>“{name}” is not an Excel workbook (.xlsx). Ask the tenant to fill in the workbook that was sent and save it as .xlsx.</source>
        <translation>“{name}”不是 Excel 工作簿（.xlsx）。请企业填写发出的工作簿并保存为 .xlsx。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/collection/returns.py" line="55"/>
        <source>“{name}” is far larger ({size}) than a filled-in form can be; it was not read.</source>
        <translation>“{name}”（{size}）远大于一份填好的报表，未读取。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/collection/returns.py" line="58"/>
        <source>“{name}” is damaged and cannot be read ({detail}). Ask the tenant to open it in Excel or WPS, save it again as .xlsx and send it again.</source>
        <translation>“{name}”已损坏，无法读取（{detail}）。请企业用 Excel 或 WPS 打开，重新保存为 .xlsx 后再发送。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/collection/returns.py" line="63"/>
        <source>“{name}” is not a workbook of a collection round: its form sheet with the credit code was not found. Ask the tenant to fill in the workbook that was sent.</source>
        <translation>“{name}”不是数据收集的工作簿：找不到含信用代码的填报表。请企业填写发出的工作簿。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/collection/rounds.py" line="30"/>
        <source>{period} has not begun yet: a round can be started for it once it has.</source>
        <translation>{period} 尚未开始，开始后才能收集该期数据。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/collection/rounds.py" line="33"/>
        <source>There is no collection round for {period}.</source>
        <translation>没有 {period} 的收集轮次。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/collection/rounds.py" line="34"/>
        <source>No collection round has been started yet: start one for a period first.</source>
        <translation>还没有开始任何数据收集：请先为某个期间开始收集。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/collection/rounds.py" line="37"/>
        <source>Choose the folder the workbooks are written into.</source>
        <translation>请选择存放工作簿的文件夹。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/collection/rounds.py" line="38"/>
        <source>“{path}” is a file, not a folder.</source>
        <translation>“{path}”是文件，不是文件夹。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/collection/rounds.py" line="39"/>
        <source>no credit code: a returned workbook is matched by it (enter it first)</source>
        <translation>没有信用代码：收回的工作簿要按它匹配（请先录入）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/collection/rounds.py" line="42"/>
        <source>“{name}” in the folder is filled in: it was kept (import it), not written again</source>
        <translation>文件夹中的“{name}”已填写：已保留（请导入），未重新生成</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/collection/rounds.py" line="46"/>
        <source>No tenant in incubation has a credit code: there is nobody to send a workbook to.</source>
        <translation>没有在孵企业录入信用代码，无法发出工作簿。</translation>
    </message>
</context>
<context>
    <name>database</name>
    <message>
        <location filename="../../src/incubator_desk/db/migrate.py" line="29"/>
        <source>{path} is not an Incubator Desk database (it is not a SQLite file). Choose another file, or create a new database.</source>
        <translation>{path} 不是孵化器管理台的数据库（它不是 SQLite 文件）。请选择其他文件，或新建数据库。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/db/migrate.py" line="34"/>
        <source>{path} cannot be read as a database ({detail}). It may be damaged: restore a backup (File → Restore from backup…, or `incubator-desk db restore`).</source>
        <translation>无法将 {path} 作为数据库读取（{detail}）。文件可能已损坏：请恢复备份（“文件 → 从备份恢复…”，或 `incubator-desk db restore`）。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/db/migrate.py" line="39"/>
        <source>There is no database at {path}. Check the path: a typing mistake, or a USB stick or network drive that is not connected? To start a new database there, create it (File → New database…, or `incubator-desk --db PATH db create`).</source>
        <translation>{path} 处没有数据库。请检查路径：是否输入有误，或 U 盘、网络驱动器没有连接？如要在那里新建数据库，请创建它（“文件 → 新建数据库…”，或 `incubator-desk --db 路径 db create`）。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/db/migrate.py" line="45"/>
        <source>{path} needs to be brought up to date, but another program is changing it. Close the other programs using it and try again. Nothing was changed.</source>
        <translation>{path} 需要升级，但另一个程序正在修改它。请关闭正在使用它的其他程序后重试。没有做任何更改。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/db/migrate.py" line="50"/>
        <source>Cannot connect to the database server: {detail}</source>
        <translation>无法连接数据库服务器：{detail}</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/db/migrate.py" line="51"/>
        <source>the upgrade would leave rows of {table} (first: row {rowid}) referring to records that do not exist</source>
        <translation>升级后 {table} 中将有记录（第一条：第 {rowid} 行）引用不存在的记录</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/db/migrate.py" line="56"/>
        <source>{path} is not an Incubator Desk database: it holds other tables. Choose another file, or create a new database.</source>
        <translation>{path} 不是孵化器管理台的数据库：其中包含其他程序的数据表。请选择其他文件，或新建数据库。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/db/migrate.py" line="61"/>
        <source>{path} was written by a newer version of Incubator Desk (schema {revision}; this version knows up to {head}). Install the newer version to open it. The file was not changed.</source>
        <translation>{path} 由更新版本的孵化器管理台创建（数据结构版本 {revision}；本程序最高支持 {head}）。请安装新版本后再打开。文件未被修改。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/db/migrate.py" line="67"/>
        <source>{path} could not be brought up to date ({detail}). Nothing was changed.</source>
        <translation>无法升级 {path}（{detail}）。未做任何修改。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/db/migrate.py" line="70"/>
        <source>{path} could not be brought up to date ({detail}). Nothing was changed. A copy from before the upgrade is at {backup}.</source>
        <translation>无法升级 {path}（{detail}）。未做任何修改。升级前的副本保存在 {backup}。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/db/archive.py" line="50"/>
        <source>{path} is not an Incubator Desk backup or archive ({detail}).</source>
        <translation>{path} 不是孵化器管理台的备份或归档文件（{detail}）。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/db/archive.py" line="53"/>
        <source>{path} is damaged and cannot be used ({detail}). Choose another backup.</source>
        <translation>{path} 已损坏，无法使用（{detail}）。请选择其他备份。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/db/archive.py" line="57"/>
        <source>{path} was written by a newer version of Incubator Desk (archive format {version}). Install the newer version to open it.</source>
        <translation>{path} 由更新版本的孵化器管理台写入（归档格式 {version}）。请安装新版本后再打开。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/db/archive.py" line="62"/>
        <source>{path} was refused: it holds a file named {name!r}, which would be written outside its own folder.</source>
        <translation>已拒绝 {path}：其中的文件 {name!r} 会被写到它自己的文件夹之外。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/db/archive.py" line="67"/>
        <source>{path} was refused: it would unpack to {size} MB, but only {free} MB are free in {folder}.</source>
        <translation>已拒绝 {path}：解包需要 {size} MB，而 {folder} 只剩 {free} MB 可用空间。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/db/archive.py" line="71"/>
        <source>{path} could not be written: {detail}</source>
        <translation>无法写入 {path}：{detail}</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/db/backup.py" line="58"/>
        <source>{path} is a database server. Its backups are made on the server with pg_dump (and restored with pg_restore); ask whoever runs the server.</source>
        <translation>{path} 是数据库服务器。它的备份在服务器上用 pg_dump 制作（用 pg_restore 恢复），请联系服务器管理员。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/db/backup.py" line="63"/>
        <source>The backup folder {folder} cannot be reached ({detail}).</source>
        <translation>无法访问备份文件夹 {folder}（{detail}）。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/db/backup.py" line="66"/>
        <source>there is no such file</source>
        <translation>没有这个文件</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/db/backup.py" line="67"/>
        <source>it is neither a backup archive nor a database file</source>
        <translation>它既不是备份归档，也不是数据库文件</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/db/backup.py" line="68"/>
        <source>it does not exist: is the USB stick or network drive connected?</source>
        <translation>它不存在：U 盘或网络驱动器连接了吗？</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/db/backup.py" line="71"/>
        <source>{path} does not hold an Incubator Desk database. Nothing was restored.</source>
        <translation>{path} 中没有孵化器管理台数据库。没有恢复任何内容。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/db/backup.py" line="74"/>
        <source>{path} was made by a newer version of Incubator Desk (schema {revision}). Install the newer version to restore it. Nothing was restored.</source>
        <translation>{path} 由更新版本的孵化器管理台制作（数据结构 {revision}）。请安装新版本后再恢复。没有恢复任何内容。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/db/backup.py" line="79"/>
        <source>The database in {path} is damaged ({detail}). Nothing was restored.</source>
        <translation>{path} 中的数据库已损坏（{detail}）。没有恢复任何内容。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/db/backup.py" line="82"/>
        <source>{path} is busy: another program is changing it. Close the other programs using it and try again. Nothing was restored.</source>
        <translation>{path} 正忙：另一个程序正在修改它。请关闭正在使用它的其他程序后重试。没有恢复任何内容。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/db/backup.py" line="87"/>
        <source>The current database could not be copied aside before restoring ({detail}). Nothing was restored.</source>
        <translation>恢复前无法把当前数据库另存一份（{detail}）。没有恢复任何内容。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/db/backup.py" line="476"/>
        <source>{path} already exists. Unpacking an archive makes a new database and never replaces a file: choose another path, or restore the archive into that database instead.</source>
        <translation>{path} 已存在。解包归档会新建数据库，绝不覆盖已有文件：请选择其他路径，或者改为把归档恢复到那个数据库中。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/db/snapshot.py" line="23"/>
        <source>{path} could not be copied ({detail}). Nothing was written.</source>
        <translation>无法复制 {path}（{detail}）。没有写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/db/snapshot.py" line="26"/>
        <source>The copy of {path} failed its integrity check ({detail}): the database itself may be damaged. Run `incubator-desk db check` on it.</source>
        <translation>{path} 的副本未通过完整性检查（{detail}）：数据库本身可能已损坏。请对它运行 `incubator-desk db check`。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/db/snapshot.py" line="31"/>
        <source>{path} is busy: another program is changing it. Wait a moment and try again.</source>
        <translation>{path} 正忙：另一个程序正在修改它。请稍等片刻再试。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/db/uow.py" line="45"/>
        <source>The connection to the database server was lost ({detail}). Nothing was saved; what you entered is kept. Try again: the next attempt connects again.</source>
        <translation>与数据库服务器的连接已断开（{detail}）。没有保存任何内容；您输入的内容仍保留。请重试：下次操作会重新连接。</translation>
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
        <source>The database is busy: another program is saving to it. Nothing was saved, and what you entered is kept: try again in a moment.</source>
        <translation>数据库正忙：另一个程序正在保存数据。本次没有保存，您填写的内容仍然保留，请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/db/uow.py" line="50"/>
        <source>The change was refused by the database: {detail}. Nothing was saved.</source>
        <translation>数据库拒绝了此次修改：{detail}。未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/settings.py" line="160"/>
        <source>Give the incubator&apos;s name in at least one language.</source>
        <translation>请至少填写一种语言的孵化器名称。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/settings.py" line="173"/>
        <source>“{zone}” is not a time zone such as Asia/Shanghai.</source>
        <translation>“{zone}”不是有效的时区（例如 Asia/Shanghai）。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/settings.py" line="192"/>
        <source>Give a number of days from 1 to 365.</source>
        <translation>请输入 1 到 365 之间的天数。</translation>
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
        <location filename="../../src/incubator_desk/services/demo/generate.py" line="33"/>
        <source>The database already holds {count} tenants. Demo data is only written into an empty database; use --force to add it anyway.</source>
        <translation>数据库中已有 {count} 家在孵企业。演示数据只写入空数据库；如仍要添加，请使用 --force。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/demo/generate.py" line="38"/>
        <source>The number of demo tenants must be at least 1.</source>
        <translation>演示企业数量至少为 1。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/return_data.py" line="73"/>
        <source>No tenant was in incubation in {year}: nothing to export.</source>
        <translation>{year} 年没有在孵企业，无可导出内容。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/funding/assignments.py" line="26"/>
        <source>This application is not assigned to you for review. Ask a manager to assign it.</source>
        <translation>此融资申请未分配给您评审。请联系经理分配。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/funding/assignments.py" line="30"/>
        <source>A reviewer changes only their own review.</source>
        <translation>评审人只能修改自己的评审。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/funding/assignments.py" line="34"/>
        <source>{name} is already assigned to this application.</source>
        <translation>{name} 已被分配评审此申请。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/funding/assignments.py" line="172"/>
        <location filename="../../src/incubator_desk/services/funding/details.py" line="127"/>
        <location filename="../../src/incubator_desk/services/funding/documents.py" line="103"/>
        <location filename="../../src/incubator_desk/services/funding/funds.py" line="118"/>
        <source>This record no longer exists.</source>
        <translation>该记录已不存在。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/funding/funds.py" line="207"/>
        <source>{name} has {n} application(s) and cannot be deleted; close it for applications instead.</source>
        <translation>{name} 有 {n} 个申请，不能删除；可以改为停止接受申请。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/funding/applications.py" line="117"/>
        <source>This tenant already has an open application to {fund} (no. {id}, {status} since {since}). Finish or withdraw it first.</source>
        <translation>该企业已有一个向 {fund} 提交的未完结申请（{id} 号，自 {since} 起为“{status}”）。请先完成或撤回该申请。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/funding/applications.py" line="173"/>
        <source>An application that is {status} can no longer be edited.</source>
        <translation>处于“{status}”的申请不能再修改。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/funding/pipeline.py" line="78"/>
        <source>An application cannot move from {frm} to {to}. Allowed from here: {allowed}.</source>
        <translation>申请不能从“{frm}”移到“{to}”。当前可移至：{allowed}。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/funding/pipeline.py" line="84"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/funding/applications.py" line="252"/>
        <source>Record the investment committee&apos;s approval (with the amount) before moving the application to Approved.</source>
        <translation>请先记录投资决策委员会的批准决议（含金额），再将申请移至“已批准”。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/funding/applications.py" line="263"/>
        <source>Record a paid tranche before moving the application to Disbursed.</source>
        <translation>请先记录一笔已拨付的资金，再将申请移至“已拨付”。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/funding/reviews.py" line="202"/>
        <source>The application is {status}; nothing more can be added.</source>
        <translation>该申请已“{status}”，不能再添加内容。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/funding/reviews.py" line="262"/>
        <source>{reviewer} has already reviewed this application.</source>
        <translation>{reviewer} 已评审过该申请。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/funding/committee.py" line="77"/>
        <source>Only an application at the investment committee can get a decision; this one is {status}.</source>
        <translation>只有处于投资决策委员会阶段的申请才能记录决议；该申请当前为“{status}”。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/funding/disbursements.py" line="58"/>
        <source>Tranches are planned once the application is approved; this one is {status}.</source>
        <translation>申请获批后才能安排拨付；该申请当前为“{status}”。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/funding/disbursements.py" line="84"/>
        <location filename="../../src/incubator_desk/services/funding/disbursements.py" line="125"/>
        <source>Money is paid only after the agreement is signed.</source>
        <translation>签署协议后才能拨付资金。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/funding/disbursements.py" line="119"/>
        <source>Tranche {n} is {status}, not planned.</source>
        <translation>第 {n} 期状态为 {status}，不是计划中。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/funding/disbursements.py" line="144"/>
        <source>Only a planned tranche can be cancelled.</source>
        <translation>只能取消计划中的拨付。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/funding/documents.py" line="107"/>
        <source>The stored copy of {name} is no longer at {path}. Attach the file again.</source>
        <translation>{name} 的保存副本已不在 {path}。请重新添加该文件。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/funding/documents.py" line="116"/>
        <source>The stored copy of {name} at {path} was changed after it was attached (its checksum differs).</source>
        <translation>{name} 的保存副本（{path}）在添加后被修改过（校验值不一致）。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/graduation/engine.py" line="391"/>
        <location filename="../../src/incubator_desk/services/reporting/tenant_record.py" line="94"/>
        <source>That tenant no longer exists.</source>
        <translation>该企业已不存在。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/graduation/engine.py" line="417"/>
        <location filename="../../src/incubator_desk/services/ical.py" line="244"/>
        <source>No tenant has the credit code {code}.</source>
        <translation>没有统一社会信用代码为 {code} 的企业。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/ical.py" line="213"/>
        <location filename="../../src/incubator_desk/services/mentoring/mentors.py" line="22"/>
        <source>This mentor no longer exists.</source>
        <translation>该导师已不存在。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/billing/deposits.py" line="84"/>
        <source>Give an amount above ¥0.</source>
        <translation>请填写大于 ¥0 的金额。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/billing/deposits.py" line="91"/>
        <location filename="../../src/incubator_desk/services/billing/fees.py" line="61"/>
        <location filename="../../src/incubator_desk/services/billing/payments.py" line="108"/>
        <location filename="../../src/incubator_desk/services/billing/receivables.py" line="216"/>
        <location filename="../../src/incubator_desk/services/billing/terms.py" line="66"/>
        <location filename="../../src/incubator_desk/services/ical.py" line="224"/>
        <location filename="../../src/incubator_desk/services/mentoring/sessions.py" line="188"/>
        <location filename="../../src/incubator_desk/services/spaces/allocations.py" line="344"/>
        <location filename="../../src/incubator_desk/services/spaces/bookings.py" line="85"/>
        <location filename="../../src/incubator_desk/services/statistics/records.py" line="342"/>
        <location filename="../../src/incubator_desk/services/tenants/records.py" line="260"/>
        <source>This tenant no longer exists.</source>
        <translation>该企业已不存在。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/billing/deposits.py" line="101"/>
        <source>The tenant&apos;s deposit held is only {held}.</source>
        <translation>该企业的押金余额仅为 {held}。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/billing/deposits.py" line="121"/>
        <source>Choose how the deposit was paid.</source>
        <translation>请选择押金的支付方式。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/ical.py" line="254"/>
        <source>The file must end in .ics.</source>
        <translation>文件名须以 .ics 结尾。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/mentoring/mentors.py" line="130"/>
        <source>Enter the mentor&apos;s name.</source>
        <translation>请输入导师姓名。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/mentoring/mentors.py" line="132"/>
        <source>Keep the name under 120 characters.</source>
        <translation>姓名不能超过 120 个字符。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/mentoring/mentors.py" line="135"/>
        <source>This is not an e-mail address.</source>
        <translation>这不是有效的电子邮箱地址。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/mentoring/mentors.py" line="137"/>
        <source>Keep the phone under 40 characters.</source>
        <translation>电话不能超过 40 个字符。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/mentoring/mentors.py" line="140"/>
        <source>Keep the organisation under 200 characters.</source>
        <translation>所在机构不能超过 200 个字符。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/mentoring/mentors.py" line="23"/>
        <location filename="../../src/incubator_desk/services/spaces/allocations.py" line="301"/>
        <source>The end date is before the start date.</source>
        <translation>结束日期早于起始日期。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/mentoring/mentors.py" line="213"/>
        <source>{mentor} is already assigned to {tenant} since {since}.</source>
        <translation>{mentor} 自 {since} 起已指派给 {tenant}。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/mentoring/sessions.py" line="107"/>
        <source>The session must end after it starts.</source>
        <translation>辅导结束时间须晚于开始时间。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/mentoring/sessions.py" line="110"/>
        <source>A session lasts at most 12 hours; check the end time.</source>
        <translation>一次辅导最长 12 小时，请检查结束时间。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/mentoring/sessions.py" line="114"/>
        <source>Choose at least one tenant.</source>
        <translation>请至少选择一家企业。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/mentoring/ratings.py" line="13"/>
        <source>A rating is from 1 to 5.</source>
        <translation>评分须在 1 到 5 之间。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/mentoring/sessions.py" line="120"/>
        <source>Keep the topic under 200 characters.</source>
        <translation>主题不能超过 200 个字符。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/mentoring/sessions.py" line="124"/>
        <source>Every agreed action needs a description.</source>
        <translation>每项约定事项都需要填写内容。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/mentoring/sessions.py" line="128"/>
        <source>Keep an action&apos;s owner under 120 characters.</source>
        <translation>事项负责人不能超过 120 个字符。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/mentoring/sessions.py" line="132"/>
        <source>An online session does not book a room.</source>
        <translation>线上辅导无需预订会议室。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/mentoring/conflicts.py" line="41"/>
        <source>“{topic}” with {mentor} on {start}–{end}</source>
        <translation>{start}–{end} 与 {mentor} 的“{topic}”</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/mentoring/conflicts.py" line="73"/>
        <source>{mentor} is already in the session {other}.</source>
        <translation>{mentor} 在该时段已有辅导：{other}。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/mentoring/conflicts.py" line="90"/>
        <source>{tenant} is already in the session {other}.</source>
        <translation>{tenant} 在该时段已有辅导：{other}。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/mentoring/sessions.py" line="169"/>
        <source>Mentoring: {mentor}</source>
        <translation>导师辅导：{mentor}</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/mentoring/sessions.py" line="35"/>
        <source>This session no longer exists.</source>
        <translation>该辅导记录已不存在。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/mentoring/ratings.py" line="29"/>
        <source>This tenant did not take part in the session.</source>
        <translation>该企业未参加此次辅导。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/mentoring/calendar.py" line="192"/>
        <source>Only room bookings can be moved here.</source>
        <translation>此处只能调整会议室预订。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/periods.py" line="18"/>
        <source>“{value}” is not a period: write a quarter such as 2026Q3 or a year such as 2026.</source>
        <translation>“{value}”不是有效的报告期：请填写季度如 2026Q3，或年份如 2026。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/periods.py" line="22"/>
        <source>“{value}” is not a quarter: write it as 2026Q3 (or 2026-3, 2026第3季度).</source>
        <translation>“{value}”不是季度：请写成 2026Q3（或 2026-3、2026第3季度）。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/periods.py" line="25"/>
        <source>“{value}” is not a month: write it as 2026-11 (or 2026/11, 2026年11月).</source>
        <translation>“{value}”不是月份：请写作 2026-11（或 2026/11、2026年11月）。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/reporting/progress_report.py" line="94"/>
        <source>{tenant} has no figures recorded for {period}: nothing to report.</source>
        <translation>{tenant} 在 {period} 没有经营数据，无法生成报告。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/reporting/portfolio_report.py" line="194"/>
        <source>The database holds no tenants or figures for {period}.</source>
        <translation>数据库中没有 {period} 的企业或经营数据。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/spaces/inventory.py" line="279"/>
        <location filename="../../src/incubator_desk/services/spaces/locks.py" line="32"/>
        <source>This unit no longer exists.</source>
        <translation>该房间已不存在。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/spaces/bookings.py" line="60"/>
        <source>another booking</source>
        <translation>另一项预订</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/spaces/bookings.py" line="163"/>
        <source>{code} is not bookable by the hour; choose a meeting room.</source>
        <translation>{code} 不能按小时预订，请选择会议室。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/spaces/bookings.py" line="167"/>
        <source>{code} is retired and cannot be booked.</source>
        <translation>{code} 已停用，不能预订。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/spaces/bookings.py" line="169"/>
        <source>{code} is under maintenance and cannot be booked.</source>
        <translation>{code} 正在维修，不能预订。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/spaces/bookings.py" line="119"/>
        <source>{code} is booked by {holder} on {start}–{end}, and {minutes} minutes must be left between bookings.</source>
        <translation>{code} 已由 {holder} 预订（{start}–{end}），两次预订之间须间隔 {minutes} 分钟。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/spaces/bookings.py" line="131"/>
        <source>{code} is already booked by {holder} on {start}–{end}.</source>
        <translation>{code} 已由 {holder} 预订（{start}–{end}）。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/spaces/bookings.py" line="78"/>
        <source>The booking must end after it starts.</source>
        <translation>预订的结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/spaces/bookings.py" line="82"/>
        <source>Keep the purpose under 200 characters.</source>
        <translation>用途请控制在 200 字以内。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/spaces/bookings.py" line="87"/>
        <location filename="../../src/incubator_desk/services/training.py" line="34"/>
        <source>This event no longer exists.</source>
        <translation>该活动已不存在。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/spaces/locks.py" line="47"/>
        <source>This equipment no longer exists.</source>
        <translation>该设备已不存在。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/spaces/bookings.py" line="222"/>
        <source>{name} is out of service and cannot be booked.</source>
        <translation>{name} 已停用，不能预订。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/spaces/inventory.py" line="520"/>
        <source>Give the equipment a name.</source>
        <translation>请填写设备名称。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/spaces/inventory.py" line="523"/>
        <source>The rate cannot be negative.</source>
        <translation>费用不能为负数。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/spaces/inventory.py" line="345"/>
        <location filename="../../src/incubator_desk/services/spaces/inventory.py" line="526"/>
        <source>The buffer between bookings cannot be negative.</source>
        <translation>预订间隔不能为负数。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/spaces/inventory.py" line="537"/>
        <source>Equipment named {name} already exists.</source>
        <translation>已有名为 {name} 的设备。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/spaces/inventory.py" line="153"/>
        <source>Give the site a name.</source>
        <translation>请填写园区名称。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/spaces/inventory.py" line="163"/>
        <source>A site named {name} already exists.</source>
        <translation>已有名为 {name} 的园区。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/spaces/inventory.py" line="185"/>
        <source>Give the building a code.</source>
        <translation>请填写楼栋编号。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/spaces/inventory.py" line="199"/>
        <source>Building {code} already exists on this site.</source>
        <translation>该园区已有楼栋 {code}。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/spaces/inventory.py" line="229"/>
        <source>The floor plan&apos;s width and depth must be more than zero.</source>
        <translation>楼层平面的宽度和进深必须大于零。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/spaces/inventory.py" line="245"/>
        <source>Floor {level} already exists in this building.</source>
        <translation>该楼栋已有第 {level} 层。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/spaces/inventory.py" line="327"/>
        <source>Give the unit a code.</source>
        <translation>请填写房间编号。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/spaces/inventory.py" line="330"/>
        <source>Keep the unit code to 30 characters.</source>
        <translation>房间编号不能超过 30 个字符。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/spaces/inventory.py" line="332"/>
        <source>The area must be more than zero.</source>
        <translation>面积必须大于零。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/spaces/inventory.py" line="335"/>
        <source>The number of desks cannot be negative.</source>
        <translation>工位数不能为负数。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/spaces/inventory.py" line="339"/>
        <source>An open-desk area needs at least one desk.</source>
        <translation>开放工位区至少要有一个工位。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/spaces/inventory.py" line="342"/>
        <source>The list rent cannot be negative.</source>
        <translation>标价租金不能为负数。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/spaces/inventory.py" line="309"/>
        <source>A unit&apos;s width and depth on the plan must be more than zero.</source>
        <translation>房间在平面图上的宽度和进深必须大于零。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/spaces/inventory.py" line="315"/>
        <source>The unit must lie inside the floor plan ({width} × {height} m).</source>
        <translation>房间必须位于楼层平面范围内（{width} × {height} 米）。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/spaces/inventory.py" line="373"/>
        <source>Unit code {code} is already used in this building.</source>
        <translation>该楼栋已使用房间编号 {code}。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/spaces/allocations.py" line="135"/>
        <source>{peak} desks of this area are allocated on {day}; it cannot have fewer desks than that.</source>
        <translation>该区域在 {day} 已分配 {peak} 个工位，工位数不能少于此数。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/spaces/allocations.py" line="157"/>
        <source>{code} cannot be retired: it is allocated to {tenant} from {start} to {end}. End that allocation first.</source>
        <translation>{code} 不能停用：它自 {start} 至 {end} 分配给了 {tenant}。请先结束该分配。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/spaces/inventory.py" line="464"/>
        <source>{code} is not on this floor.</source>
        <translation>{code} 不在此楼层。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/spaces/policies.py" line="71"/>
        <source>Step {n} is incomplete.</source>
        <translation>第 {n} 档填写不完整。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/spaces/policies.py" line="77"/>
        <source>Step {n}: the months must run forward from 0 or more.</source>
        <translation>第 {n} 档：月份须从 0 或以上开始，且截止月大于起始月。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/spaces/policies.py" line="88"/>
        <source>Step {n}: the subsidy must be 0–100 %.</source>
        <translation>第 {n} 档：补贴比例须在 0–100% 之间。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/spaces/policies.py" line="101"/>
        <source>Months {lo}–{hi} are covered by two steps.</source>
        <translation>第 {lo}–{hi} 个月被两个档位重复覆盖。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/spaces/policies.py" line="123"/>
        <source>Give the policy a name.</source>
        <translation>请填写政策名称。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/spaces/policies.py" line="127"/>
        <source>The default policy must be active.</source>
        <translation>默认政策必须处于启用状态。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/spaces/policies.py" line="136"/>
        <source>A policy named {name} already exists.</source>
        <translation>已有名为 {name} 的政策。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/spaces/allocations.py" line="62"/>
        <source>no end date</source>
        <translation>未设结束日期</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/spaces/allocations.py" line="187"/>
        <source>{code} is allocated to {tenant} from {start} to {end}.</source>
        <translation>{code} 自 {start} 至 {end} 已分配给 {tenant}。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/spaces/allocations.py" line="237"/>
        <source>{code} has {total} desks and {taken} are allocated on {day} to {holders}; {wanted} more do not fit.</source>
        <translation>{code} 共有 {total} 个工位，{day} 已分配 {taken} 个给 {holders}；再分配 {wanted} 个将超出容量。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/spaces/allocations.py" line="254"/>
        <source>{code} is retired and cannot be allocated.</source>
        <translation>{code} 已停用，不能分配。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/spaces/allocations.py" line="256"/>
        <source>{code} is under maintenance and cannot be allocated.</source>
        <translation>{code} 正在维修，不能分配。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/spaces/allocations.py" line="258"/>
        <source>{code} is booked by the hour, not allocated.</source>
        <translation>{code} 按小时预订，不能长期分配。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/spaces/allocations.py" line="309"/>
        <source>Allocate at least one desk.</source>
        <translation>至少分配一个工位。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/spaces/allocations.py" line="312"/>
        <source>{code} has only {n} desks.</source>
        <translation>{code} 只有 {n} 个工位。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/spaces/allocations.py" line="318"/>
        <source>Desks are allocated only in an open-desk area.</source>
        <translation>只有开放工位区才能按工位分配。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/spaces/allocations.py" line="321"/>
        <source>The rent cannot be negative.</source>
        <translation>租金不能为负数。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/spaces/allocations.py" line="324"/>
        <source>The subsidy must be 0–100 %.</source>
        <translation>补贴比例须在 0–100% 之间。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/spaces/allocations.py" line="268"/>
        <source>{tenant} has {stage} and can no longer be allocated space.</source>
        <translation>{tenant} 已{stage}，不能再分配空间。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/spaces/allocations.py" line="176"/>
        <source>{tenant} already holds {code} from {start} to {end}. To keep it longer or change its terms, change that allocation instead of allocating it again.</source>
        <translation>{tenant} 已于 {start} 至 {end} 租用 {code}。如需续租或修改条件，请修改该分配，而不要再次分配。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/spaces/allocations.py" line="273"/>
        <source>graduated</source>
        <translation>毕业</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/spaces/allocations.py" line="275"/>
        <source>exited</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/spaces/allocations.py" line="280"/>
        <source>{tenant} is archived and cannot be allocated space.</source>
        <translation>{tenant} 已归档，不能分配空间。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/spaces/allocations.py" line="358"/>
        <source>This subsidy policy no longer exists.</source>
        <translation>该补贴政策已不存在。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/spaces/allocations.py" line="418"/>
        <source>This allocation was cancelled.</source>
        <translation>该分配已作废。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/spaces/allocations.py" line="447"/>
        <source>This allocation ended with a move; change the allocation it moved to.</source>
        <translation>该分配已因调换房间而结束，请修改调换后的分配。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/spaces/allocations.py" line="498"/>
        <location filename="../../src/incubator_desk/services/spaces/allocations.py" line="573"/>
        <source>This allocation already ended with a move.</source>
        <translation>该分配已因调换房间而结束。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/spaces/allocations.py" line="506"/>
        <source>The allocation cannot end before it starts ({start}).</source>
        <translation>分配的结束日期不能早于开始日期（{start}）。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/spaces/allocations.py" line="517"/>
        <source>To end it later than {end}, extend the allocation instead.</source>
        <translation>如要在 {end} 之后结束，请改用续租。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/spaces/allocations.py" line="539"/>
        <source>A later allocation continues this one; cancel that first.</source>
        <translation>已有后续分配延续此分配，请先作废后续分配。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/spaces/allocations.py" line="581"/>
        <source>The move must be after the allocation starts ({start}).</source>
        <translation>调换日期必须晚于分配开始日期（{start}）。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/spaces/allocations.py" line="592"/>
        <source>The allocation ends on {end}, before the move.</source>
        <translation>该分配在 {end} 结束，早于调换日期。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/spaces/allocations.py" line="601"/>
        <source>Choose another unit to move to.</source>
        <translation>请选择要调换到的其他房间。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/spaces/allocations.py" line="673"/>
        <source>This allocation no longer exists.</source>
        <translation>该分配已不存在。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/spaces/floor_plan.py" line="74"/>
        <source>This floor no longer exists.</source>
        <translation>该楼层已不存在。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/tenants/checks.py" line="20"/>
        <source>This field is required.</source>
        <translation>此项为必填项。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/tenants/checks.py" line="21"/>
        <source>At most {limit} characters, please ({count} given).</source>
        <translation>最多 {limit} 个字符（当前 {count} 个）。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/tenants/checks.py" line="22"/>
        <source>Contains an invisible control character ({code}): remove it.</source>
        <translation>含有不可见的控制字符（{code}），请删除。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/tenants/checks.py" line="25"/>
        <source>Emoji and pictographs are not allowed in names.</source>
        <translation>名称中不能包含表情符号或图形字符。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/tenants/checks.py" line="26"/>
        <source>This date is in the future.</source>
        <translation>该日期晚于今天。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/tenants/checks.py" line="27"/>
        <source>The entry date ({entry}) is before the founding date ({founded}).</source>
        <translation>入孵日期（{entry}）早于成立日期（{founded}）。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/tenants/checks.py" line="30"/>
        <source>The planned graduation date is before the entry date.</source>
        <translation>计划毕业日期早于入孵日期。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/tenants/checks.py" line="33"/>
        <source>Must not be negative.</source>
        <translation>不能为负数。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/tenants/checks.py" line="34"/>
        <source>This amount is implausibly large.</source>
        <translation>该金额大得不合理。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/tenants/checks.py" line="35"/>
        <source>The credit code {code} is already used by “{name}” (entered {entry}).</source>
        <translation>统一社会信用代码 {code} 已被“{name}”使用（入孵日期 {entry}）。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/tenants/checks.py" line="38"/>
        <source>“{value}” is not a phone number: use digits, spaces, + - ( ) only.</source>
        <translation>“{value}”不是电话号码：只能包含数字、空格和 + - ( )。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/tenants/checks.py" line="41"/>
        <source>“{value}” is not an e-mail address.</source>
        <translation>“{value}”不是有效的电子邮箱地址。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/tenants/checks.py" line="42"/>
        <source>The tenant is already at this stage.</source>
        <translation>该企业已处于此阶段。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/tenants/checks.py" line="43"/>
        <source>Choose why the tenant exited.</source>
        <translation>请选择企业退出的原因。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/tenants/checks.py" line="44"/>
        <source>The date is before the last recorded stage change ({last}).</source>
        <translation>该日期早于上一次阶段变更（{last}）。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/tenants/checks.py" line="47"/>
        <source>This tenant is archived and cannot be changed.</source>
        <translation>该企业已归档，不能修改。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/tenants/checks.py" line="48"/>
        <source>R&amp;D staff ({part}) cannot be more than the total staff ({total}).</source>
        <translation>研发人员（{part}）不能多于员工总数（{total}）。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/tenants/checks.py" line="51"/>
        <source>The quarter {period} has not begun yet.</source>
        <translation>{period} 季度尚未开始。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/tenants/checks.py" line="52"/>
        <source>The code “{code}” is already used in this list by “{name}”.</source>
        <translation>代码“{code}”在此列表中已被“{name}”使用。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/tenants/checks.py" line="55"/>
        <source>“{alias}” is already another name of “{name}” in this list.</source>
        <translation>“{alias}”已是本列表中“{name}”的别名。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/tenants/checks.py" line="58"/>
        <source>A code is made of letters, digits and underscores.</source>
        <translation>代码只能由字母、数字和下划线组成。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/training.py" line="167"/>
        <source>Enter the event&apos;s title.</source>
        <translation>请输入活动标题。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/training.py" line="169"/>
        <source>Keep the title under 200 characters.</source>
        <translation>标题不能超过 200 个字符。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/training.py" line="172"/>
        <source>The event must end after it starts.</source>
        <translation>活动结束时间须晚于开始时间。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/training.py" line="174"/>
        <source>The capacity must be at least 1.</source>
        <translation>容量至少为 1。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/training.py" line="178"/>
        <source>Choose either a room or an outside address, not both.</source>
        <translation>请选择会议室或外部地址，二者只能选其一。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/training.py" line="182"/>
        <source>Keep the address under 300 characters.</source>
        <translation>地址不能超过 300 个字符。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/training.py" line="186"/>
        <source>Keep the speakers under 300 characters.</source>
        <translation>主讲人不能超过 300 个字符。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/training.py" line="194"/>
        <source>Unknown stage: {stage}.</source>
        <translation>未知阶段：{stage}。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/training.py" line="294"/>
        <source>{count} people are already registered; the capacity cannot be lower. Cancel registrations first.</source>
        <translation>已有 {count} 人报名，容量不能低于此数。请先取消部分报名。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/training.py" line="471"/>
        <source>“{title}” is cancelled; nobody can register.</source>
        <translation>“{title}”已取消，无法报名。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/training.py" line="35"/>
        <source>This person no longer exists.</source>
        <translation>该人员已不存在。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/training.py" line="483"/>
        <source>on the waiting list</source>
        <translation>在候补名单上</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/training.py" line="485"/>
        <source>registered</source>
        <translation>已报名</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/training.py" line="488"/>
        <source>{person} is already {where} for “{title}”.</source>
        <translation>{person} 已登记参加“{title}”（{where}）。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/training.py" line="537"/>
        <source>“{title}” is cancelled; nobody can check in.</source>
        <translation>“{title}”已取消，无法签到。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/training.py" line="551"/>
        <source>{person} was already checked in at {time}.</source>
        <translation>{person} 已于 {time} 签到。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/training.py" line="590"/>
        <source>A feedback score is from 1 to 5.</source>
        <translation>评分须在 1 到 5 之间。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/training.py" line="598"/>
        <source>Only people who attended can give feedback.</source>
        <translation>只有出席者可以评分。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/reporting/incubator.py" line="57"/>
        <source>Choose an image under 2 MB.</source>
        <translation>请选择小于 2 MB 的图片。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/reporting/incubator.py" line="59"/>
        <source>This file is not a PNG or JPEG image.</source>
        <translation>该文件不是 PNG 或 JPEG 图片。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/reporting/incubator.py" line="79"/>
        <source>Cannot read {path}: {reason}</source>
        <translation>无法读取 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/reporting/incubator.py" line="120"/>
        <source>The logo saved for report covers ({name}) cannot be drawn: choose it again or remove it in Settings → Graduation and reports.</source>
        <translation>为报告封面保存的徽标（{name}）无法显示：请在“设置 → 毕业与报告”中重新选择或删除它。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/ical.py" line="260"/>
        <source>“{name}” cannot be written: {reason}.</source>
        <translation>无法写入“{name}”：{reason}。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/tenants/lists.py" line="24"/>
        <source>Choose another entry to merge with.</source>
        <translation>请选择另一个要合并的条目。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/tenants/lists.py" line="25"/>
        <source>Only entries of the same list can be merged.</source>
        <translation>只能合并同一列表中的条目。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/billing/bills.py" line="170"/>
        <location filename="../../src/incubator_desk/services/billing/bills.py" line="235"/>
        <source>This bill no longer exists.</source>
        <translation>该账单已不存在。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/billing/bills.py" line="229"/>
        <source>Say why the bill is cancelled.</source>
        <translation>请填写作废账单的原因。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/billing/bills.py" line="240"/>
        <source>This bill is already cancelled.</source>
        <translation>该账单已作废。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/billing/bills.py" line="249"/>
        <source>{numbers} correct this bill: cancel them first.</source>
        <translation>{numbers} 是对该账单的更正，请先将其作废。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/billing/fees.py" line="50"/>
        <source>Say what the fee is for.</source>
        <translation>请说明收费事项。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/billing/fees.py" line="53"/>
        <source>Keep the description under 200 characters.</source>
        <translation>说明请不超过 200 个字符。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/billing/fees.py" line="56"/>
        <source>Give an amount other than ¥0.</source>
        <translation>请填写不为 ¥0 的金额。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/billing/meters.py" line="77"/>
        <source>Give the meter&apos;s reading as a number.</source>
        <translation>请以数字填写表计读数。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/billing/meters.py" line="81"/>
        <source>A meter reading cannot be negative.</source>
        <translation>表计读数不能为负数。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/billing/meters.py" line="99"/>
        <source>This meter already has a reading on {day}: correct that one.</source>
        <translation>该表在 {day} 已有读数，请修改那条读数。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/billing/meters.py" line="111"/>
        <source>The reading is below the one of {day} ({value}).</source>
        <translation>读数低于 {day} 的读数（{value}）。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/billing/meters.py" line="123"/>
        <source>The reading is above the later one of {day} ({value}).</source>
        <translation>读数高于之后 {day} 的读数（{value}）。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/billing/meters.py" line="148"/>
        <source>This meter reading no longer exists.</source>
        <translation>该表计读数已不存在。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/billing/payments.py" line="67"/>
        <source>Give the amount received, above ¥0.</source>
        <translation>请填写实收金额，须大于 ¥0。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/billing/payments.py" line="74"/>
        <source>Keep this under {n} characters.</source>
        <translation>请不超过 {n} 个字符。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/billing/payments.py" line="79"/>
        <source>An amount for a bill cannot be negative.</source>
        <translation>分配到账单的金额不能为负数。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/billing/payments.py" line="83"/>
        <source>The amounts for the bills add up to more than the {amount} received.</source>
        <translation>分配到各账单的金额合计超过了实收的 {amount}。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/billing/payments.py" line="130"/>
        <source>A bill chosen is not an open bill of this tenant.</source>
        <translation>所选账单不是该企业的未结清账单。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/billing/payments.py" line="140"/>
        <source>Bill {number} has only {open} left to pay.</source>
        <translation>账单 {number} 仅剩 {open} 未付。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/billing/payments.py" line="164"/>
        <source>Say why the payment is cancelled.</source>
        <translation>请填写作废收款的原因。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/billing/payments.py" line="170"/>
        <source>This payment no longer exists.</source>
        <translation>该收款记录已不存在。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/billing/payments.py" line="175"/>
        <source>This payment is already cancelled.</source>
        <translation>该收款已作废。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/billing/rules.py" line="111"/>
        <location filename="../../src/incubator_desk/services/billing/terms.py" line="61"/>
        <source>Give a number of days from 0 to 365.</source>
        <translation>请填写 0 至 365 之间的天数。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/billing/rules.py" line="117"/>
        <source>Keep an account code under {n} characters.</source>
        <translation>科目代码请不超过 {n} 个字符。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/billing/rules.py" line="195"/>
        <source>Give the price as a number.</source>
        <translation>请以数字填写单价。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/billing/rules.py" line="199"/>
        <source>A price cannot be negative.</source>
        <translation>单价不能为负数。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/billing/rules.py" line="203"/>
        <source>Give the price to at most 4 decimals.</source>
        <translation>单价最多保留 4 位小数。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/billing/rules.py" line="224"/>
        <source>A price from {day} is already set.</source>
        <translation>已设置自 {day} 起的单价。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/billing/rules.py" line="241"/>
        <source>This price no longer exists.</source>
        <translation>该单价已不存在。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/billing/runs.py" line="330"/>
        <source>Give the day the bills are issued.</source>
        <translation>请填写账单的开具日期。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/billing/terms.py" line="92"/>
        <source>No tenant has the credit code or name {name}.</source>
        <translation>没有统一社会信用代码或名称为 {name} 的企业。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/backups.py" line="28"/>
        <source>The folder {folder} does not exist. Choose a folder that exists.</source>
        <translation>文件夹 {folder} 不存在。请选择一个存在的文件夹。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/fields.py" line="282"/>
        <location filename="../../src/incubator_desk/services/statistics/fields.py" line="290"/>
        <location filename="../../src/incubator_desk/services/statistics/fields.py" line="292"/>
        <source>{field}: enter a number.</source>
        <translation>{field}：请输入数字。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/fields.py" line="294"/>
        <source>{field} cannot be negative.</source>
        <translation>{field}不能为负数。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/fields.py" line="297"/>
        <source>{field}: enter a whole number.</source>
        <translation>{field}：请输入整数。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/fields.py" line="300"/>
        <location filename="../../src/incubator_desk/services/statistics/fields.py" line="308"/>
        <source>{field}: {value} is too large.</source>
        <translation>{field}：{value} 过大。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/fields.py" line="319"/>
        <source>{field}: write 是 or 否 (yes or no).</source>
        <translation>{field}：请填写“是”或“否”。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/fields.py" line="335"/>
        <source>{field}: enter a date as 2026-03-31.</source>
        <translation>{field}：请按 2026-03-31 的格式填写日期。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/fields.py" line="342"/>
        <source>{field}: choose one of {options}.</source>
        <translation>{field}：请从 {options} 中选择一项。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/fields.py" line="353"/>
        <source>{field}: “{value}” is not valid ({hint}).</source>
        <translation>{field}：“{value}”无效（{hint}）。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/fields.py" line="359"/>
        <source>{field}: at most {n} characters.</source>
        <translation>{field}：最多 {n} 个字符。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/fields.py" line="396"/>
        <location filename="../../src/incubator_desk/services/statistics/incubator.py" line="199"/>
        <source>{field} ({part}) cannot be more than {whole_field} ({whole}).</source>
        <translation>{field}（{part}）不能大于{whole_field}（{whole}）。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/fields.py" line="411"/>
        <source>{field} is given, but {held} is “no”.</source>
        <translation>填写了{field}，但{held}为“否”。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/incubator.py" line="177"/>
        <location filename="../../src/incubator_desk/services/statistics/records.py" line="366"/>
        <source>{year} is not a year of the return.</source>
        <translation>{year} 不是有效的统计年度。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/collection/annual.py" line="25"/>
        <location filename="../../src/incubator_desk/services/statistics/records.py" line="381"/>
        <source>No founder is recorded for this tenant: add one under People first.</source>
        <translation>该企业尚未登记创始人：请先在“人员”中添加。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/access.py" line="95"/>
        <source>{person} is signed in as {role}, and {action} needs the role {roles}. Nothing was changed; ask an administrator if you need it.</source>
        <translation>{person} 以“{role}”角色登录，而{action}需要“{roles}”角色。没有做任何修改；如有需要，请联系管理员。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/access.py" line="100"/>
        <source>This database has accounts: sign in to make changes. Nothing was changed.</source>
        <translation>此数据库已有账户：请登录后再修改。没有做任何修改。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/access.py" line="104"/>
        <source>The account {person} is disabled. Nothing was changed; ask an administrator.</source>
        <translation>账户 {person} 已停用。没有做任何修改；请联系管理员。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/accounts.py" line="42"/>
        <source>The name or the password is wrong.</source>
        <translation>用户名或密码不正确。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/accounts.py" line="43"/>
        <source>Too many wrong passwords: the account {name} is locked until {until}. Wait, or ask an administrator to reset its password.</source>
        <translation>密码错误次数过多：账户 {name} 已锁定至 {until}。请稍后再试，或请管理员重置密码。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/accounts.py" line="48"/>
        <source>The account {name} is disabled. Ask an administrator to enable it.</source>
        <translation>账户 {name} 已停用。请联系管理员重新启用。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/accounts.py" line="56"/>
        <source>There is already an account named {name}.</source>
        <translation>已有名为 {name} 的账户。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/accounts.py" line="58"/>
        <source>There is no account named {name}.</source>
        <translation>没有名为 {name} 的账户。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/accounts.py" line="62"/>
        <source>{name} is the last active administrator: nobody could manage accounts any more. Make another account an administrator first.</source>
        <translation>{name} 是最后一个启用的管理员：否则将无人能管理账户。请先将另一个账户设为管理员。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/accounts.py" line="68"/>
        <source>Nobody is signed in: there is no password to change.</source>
        <translation>当前没有人登录：没有可修改的密码。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/assessment.py" line="223"/>
        <source>A threshold cannot be negative.</source>
        <translation>门槛值不能为负数。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/assessment.py" line="225"/>
        <source>A share cannot be above 100%.</source>
        <translation>比例不能超过 100%。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/assessment.py" line="227"/>
        <source>Name the source of each threshold.</source>
        <translation>请为每个门槛值注明来源。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/assessment.py" line="230"/>
        <source>The start of operation cannot be in the future.</source>
        <translation>开始运营日期不能晚于今天。</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <location filename="../../src/incubator_desk/services/spreadsheets.py" line="41"/>
        <source>“{name}” cannot be written: {reason}.</source>
        <translation>无法写入“{name}”：{reason}。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/spreadsheets.py" line="42"/>
        <source>Export to a .xlsx or .csv file, not “{name}”.</source>
        <translation>请导出为 .xlsx 或 .csv 文件，而不是“{name}”。</translation>
    </message>
</context>
<context>
    <name>failures</name>
    <message>
        <location filename="../../src/incubator_desk/ui/toolkit/failures.py" line="104"/>
        <source>Connection lost</source>
        <translation>连接已断开</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/ui/toolkit/failures.py" line="106"/>
        <source>Not allowed</source>
        <translation>不允许此操作</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../src/incubator_desk/services/audit/export.py" line="22"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/export.py" line="23"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/export.py" line="24"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/export.py" line="25"/>
        <source>Record type</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/export.py" line="26"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/export.py" line="27"/>
        <location filename="../../src/incubator_desk/services/audit/fields.py" line="51"/>
        <source>Tenant</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/export.py" line="28"/>
        <source>Changes</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/export.py" line="29"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/export.py" line="30"/>
        <source>Action number</source>
        <translation>操作编号</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/export.py" line="89"/>
        <source>Audit trail</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/fields.py" line="29"/>
        <source>Name (Chinese)</source>
        <translation>企业名称（中文）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/fields.py" line="30"/>
        <source>Name (English)</source>
        <translation>企业名称（英文）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/fields.py" line="31"/>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/fields.py" line="32"/>
        <source>Founded on</source>
        <translation>成立日期</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/fields.py" line="33"/>
        <source>Registered capital</source>
        <translation>注册资本</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/fields.py" line="34"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/fields.py" line="35"/>
        <source>Technology field</source>
        <translation>技术领域</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/fields.py" line="36"/>
        <source>Registration type</source>
        <translation>登记注册类型</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/fields.py" line="37"/>
        <source>Sector of the economy</source>
        <translation>国民经济行业</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/fields.py" line="38"/>
        <source>Address in the park</source>
        <translation>园区地址</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/fields.py" line="39"/>
        <source>Entry date</source>
        <translation>入孵日期</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/fields.py" line="40"/>
        <source>Planned graduation</source>
        <translation>计划毕业日期</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/fields.py" line="41"/>
        <source>High-tech enterprise</source>
        <translation>高新技术企业</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/fields.py" line="42"/>
        <source>High-tech since</source>
        <translation>高新技术企业认定日期</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/fields.py" line="43"/>
        <source>Listing</source>
        <translation>上市情况</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/fields.py" line="44"/>
        <source>Listed on</source>
        <translation>上市日期</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/fields.py" line="45"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/fields.py" line="46"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/fields.py" line="47"/>
        <source>Stage</source>
        <translation>孵化阶段</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/fields.py" line="48"/>
        <source>Exit reason</source>
        <translation>退出原因</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/fields.py" line="49"/>
        <source>Graduated on</source>
        <translation>毕业日期</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/fields.py" line="50"/>
        <source>Archived</source>
        <translation>归档时间</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/fields.py" line="52"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/fields.py" line="53"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/fields.py" line="54"/>
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/fields.py" line="55"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/fields.py" line="56"/>
        <source>Primary contact</source>
        <translation>主要联系人</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/fields.py" line="57"/>
        <source>From stage</source>
        <translation>原阶段</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/fields.py" line="58"/>
        <source>To stage</source>
        <translation>新阶段</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/fields.py" line="59"/>
        <source>Changed on</source>
        <translation>变更日期</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/fields.py" line="60"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/fields.py" line="61"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/fields.py" line="62"/>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/fields.py" line="63"/>
        <source>Awards</source>
        <translation>获奖情况</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/fields.py" line="64"/>
        <source>Investor</source>
        <translation>投资方</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/fields.py" line="65"/>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/fields.py" line="66"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/fields.py" line="67"/>
        <source>Unit</source>
        <translation>房间</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/fields.py" line="68"/>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/fields.py" line="69"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/fields.py" line="70"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/fields.py" line="71"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/fields.py" line="72"/>
        <source>Area (m²)</source>
        <translation>面积（平方米）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/fields.py" line="73"/>
        <location filename="../../src/incubator_desk/services/audit/fields.py" line="74"/>
        <source>Desks</source>
        <translation>工位数</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/fields.py" line="75"/>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/fields.py" line="76"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/fields.py" line="77"/>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/fields.py" line="78"/>
        <source>Monthly rent</source>
        <translation>月租金</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/fields.py" line="79"/>
        <source>Starts</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/fields.py" line="80"/>
        <source>Ends</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/fields.py" line="81"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/fields.py" line="82"/>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/fields.py" line="83"/>
        <source>Mentor</source>
        <translation>导师</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/fields.py" line="84"/>
        <source>Fund</source>
        <translation>基金</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/fields.py" line="85"/>
        <source>Application</source>
        <translation>融资申请</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/fields.py" line="86"/>
        <source>Fund size</source>
        <translation>基金规模</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/fields.py" line="87"/>
        <source>Per-deal cap</source>
        <translation>单笔投资上限</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/fields.py" line="88"/>
        <source>Amount requested</source>
        <translation>申请金额</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/fields.py" line="89"/>
        <source>Amount approved</source>
        <translation>批准金额</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/fields.py" line="90"/>
        <source>Instrument</source>
        <translation>融资方式</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/fields.py" line="91"/>
        <source>Status since</source>
        <translation>状态起始时间</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/fields.py" line="92"/>
        <source>Tranche</source>
        <translation>期次</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/fields.py" line="93"/>
        <source>Planned for</source>
        <translation>计划日期</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/fields.py" line="94"/>
        <source>Paid on</source>
        <translation>拨付日期</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/fields.py" line="95"/>
        <source>Milestone</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/fields.py" line="96"/>
        <source>Number</source>
        <translation>单号</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/fields.py" line="97"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/fields.py" line="98"/>
        <source>Setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/fields.py" line="99"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/fields.py" line="100"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/fields.py" line="101"/>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/fields.py" line="102"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/fields.py" line="103"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/fields.py" line="104"/>
        <source>Rows created</source>
        <translation>新建行数</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/fields.py" line="105"/>
        <source>Rows updated</source>
        <translation>更新行数</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/fields.py" line="106"/>
        <source>Rows unchanged</source>
        <translation>未变行数</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/fields.py" line="107"/>
        <source>Rows rejected</source>
        <translation>拒绝行数</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/fields.py" line="110"/>
        <source>Rows left as they were (changed since the preview)</source>
        <translation>保持原样的行数（预览后已被修改）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/fields.py" line="144"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/fields.py" line="145"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/trail.py" line="46"/>
        <source>Tenants</source>
        <translation>在孵企业</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/trail.py" line="61"/>
        <source>Spaces</source>
        <translation>空间</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/trail.py" line="74"/>
        <source>Mentoring</source>
        <translation>创业辅导</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/trail.py" line="84"/>
        <source>Training</source>
        <translation>培训活动</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/trail.py" line="88"/>
        <source>Funding</source>
        <translation>投融资</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/trail.py" line="100"/>
        <source>Billing</source>
        <translation>账务</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/audit/trail.py" line="117"/>
        <source>Settings and other records</source>
        <translation>设置及其他记录</translation>
    </message>
</context>
<context>
    <name>funding</name>
    <message>
        <location filename="../../src/incubator_desk/services/funding/investment.py" line="233"/>
        <source>{fund}, tranche {n}</source>
        <translation>{fund}，第 {n} 期</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/funding/funds.py" line="128"/>
        <source>Give the fund a name.</source>
        <translation>请填写基金名称。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/funding/funds.py" line="133"/>
        <source>Another fund is already called {name}.</source>
        <translation>已有名为 {name} 的基金。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/funding/funds.py" line="137"/>
        <source>The size cannot be negative.</source>
        <translation>规模不能为负数。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/funding/funds.py" line="141"/>
        <source>The per-deal cap must be more than zero.</source>
        <translation>单笔上限必须大于零。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/funding/funds.py" line="145"/>
        <source>The per-deal cap ({cap}) is above the fund&apos;s size ({size}).</source>
        <translation>单笔上限（{cap}）高于基金规模（{size}）。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/funding/funds.py" line="153"/>
        <source>The start year must be between 1990 and 2100.</source>
        <translation>起始年份必须在 1990 到 2100 之间。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/funding/funds.py" line="158"/>
        <source>A percentage must be between 0 and 100.</source>
        <translation>百分比必须在 0 到 100 之间。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/funding/funds.py" line="164"/>
        <source>{committed} is already committed; the size cannot be below it.</source>
        <translation>已承诺 {committed}，规模不能低于此数。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/funding/applications.py" line="71"/>
        <source>Choose a fund.</source>
        <translation>请选择基金。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/funding/applications.py" line="74"/>
        <source>{name} is not open for applications.</source>
        <translation>{name} 目前不接受申请。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/funding/applications.py" line="77"/>
        <source>Choose a tenant.</source>
        <translation>请选择企业。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/funding/applications.py" line="80"/>
        <location filename="../../src/incubator_desk/services/funding/applications.py" line="196"/>
        <location filename="../../src/incubator_desk/services/funding/disbursements.py" line="51"/>
        <source>The amount must be more than zero.</source>
        <translation>金额必须大于零。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/funding/applications.py" line="84"/>
        <location filename="../../src/incubator_desk/services/funding/applications.py" line="204"/>
        <source>{amount} is above {fund}&apos;s per-deal cap of {cap}.</source>
        <translation>{amount} 超过了 {fund} 的单笔上限 {cap}。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/funding/applications.py" line="92"/>
        <source>The pre-money valuation must be more than zero.</source>
        <translation>投前估值必须大于零。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/funding/applications.py" line="96"/>
        <source>An equity investment needs the pre-money valuation.</source>
        <translation>股权投资需要填写投前估值。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/funding/applications.py" line="100"/>
        <source>The stake must be more than 0 % and at most 100 %.</source>
        <translation>股权比例必须大于 0% 且不超过 100%。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/funding/applications.py" line="219"/>
        <source>{amount} is above what {fund} has available: {available} (size {size}, already committed {committed}).</source>
        <translation>{amount} 超过了 {fund} 的可用额度：{available}（规模 {size}，已承诺 {committed}）。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/funding/reviews.py" line="96"/>
        <source>The rubric needs at least one criterion.</source>
        <translation>评分表至少需要一个评分项。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/funding/reviews.py" line="100"/>
        <source>Every criterion needs a name.</source>
        <translation>每个评分项都需要名称。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/funding/reviews.py" line="102"/>
        <source>Two criteria have the same name.</source>
        <translation>有两个评分项名称相同。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/funding/reviews.py" line="104"/>
        <source>Every weight must be more than zero.</source>
        <translation>每个权重都必须大于零。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/funding/reviews.py" line="107"/>
        <source>The scale&apos;s lowest score must be below its highest.</source>
        <translation>最低分必须低于最高分。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/funding/reviews.py" line="224"/>
        <source>Give the reviewer&apos;s name.</source>
        <translation>请填写评审人姓名。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/funding/reviews.py" line="230"/>
        <source>Give a score for {criterion}.</source>
        <translation>请为“{criterion}”打分。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/funding/reviews.py" line="240"/>
        <source>The score for {criterion} must be from {lo} to {hi}.</source>
        <translation>“{criterion}”的评分必须在 {lo} 到 {hi} 之间。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/funding/committee.py" line="56"/>
        <source>Votes cannot be negative.</source>
        <translation>票数不能为负数。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/funding/committee.py" line="59"/>
        <source>{votes} votes were cast but only {members} members were present.</source>
        <translation>共投 {votes} 票，但只有 {members} 位委员出席。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/funding/committee.py" line="69"/>
        <source>Give the amount the committee approved.</source>
        <translation>请填写投决会批准的金额。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/funding/committee.py" line="90"/>
        <source>{amount} is more than the {requested} requested.</source>
        <translation>{amount} 超过了申请金额 {requested}。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/funding/committee.py" line="112"/>
        <source>Committee meeting of {date}</source>
        <translation>{date} 投决会</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/funding/disbursements.py" line="70"/>
        <source>{amount} would take the tranches to {total}, above the {approved} approved ({left} left).</source>
        <translation>加上 {amount} 后各期合计 {total}，超过批准金额 {approved}（尚余 {left}）。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/funding/disbursements.py" line="101"/>
        <location filename="../../src/incubator_desk/services/funding/disbursements.py" line="133"/>
        <source>Tranche {n} paid</source>
        <translation>第 {n} 期已拨付</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/funding/documents.py" line="64"/>
        <source>The file {path} does not exist.</source>
        <translation>文件 {path} 不存在。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/funding/assignments.py" line="31"/>
        <source>{name} is not an active account with the reviewer role.</source>
        <translation>{name} 不是启用中的评审人账户。</translation>
    </message>
</context>
<context>
    <name>graduation</name>
    <message>
        <location filename="../../src/incubator_desk/services/graduation/rule_settings.py" line="27"/>
        <source>High and New Technology Enterprise</source>
        <translation>国家高新技术企业</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/graduation/rule_settings.py" line="28"/>
        <source>Cumulative investment received</source>
        <translation>累计获得天使或风险投资</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/graduation/rule_settings.py" line="29"/>
        <source>Revenue of two consecutive years</source>
        <translation>连续两年营业收入</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/graduation/rule_settings.py" line="30"/>
        <source>Merged, acquired, listed or quoted</source>
        <translation>被兼并收购或上市挂牌</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/graduation/rule_settings.py" line="104"/>
        <source>Keep at least one graduation criterion.</source>
        <translation>请至少保留一项毕业条件。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/graduation/rule_settings.py" line="108"/>
        <source>“At least N criteria” must be between 1 and {n}, the criteria in use.</source>
        <translation>“至少满足条件数”须在 1 到 {n}（已启用条件数）之间。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/graduation/rule_settings.py" line="116"/>
        <source>Give an amount above ¥0.</source>
        <translation>请填写大于 ¥0 的金额。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/graduation/rule_settings.py" line="121"/>
        <source>Give a number of months from 1 to 240.</source>
        <translation>请填写 1 到 240 之间的月数。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/graduation/rule_settings.py" line="125"/>
        <source>The longer limit cannot be shorter than the normal one ({n} months).</source>
        <translation>特定行业期限不能短于一般期限（{n} 个月）。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/graduation/engine.py" line="42"/>
        <source>Certified since {date}</source>
        <translation>自 {date} 起获认定</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/graduation/engine.py" line="43"/>
        <source>Certified (date not recorded)</source>
        <translation>已获认定（未记录日期）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/graduation/engine.py" line="44"/>
        <source>Not certified</source>
        <translation>未获认定</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/graduation/engine.py" line="45"/>
        <source>{total} received ({quarters}); threshold {limit}</source>
        <translation>累计获得 {total}（{quarters}）；标准 {limit}</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/graduation/engine.py" line="46"/>
        <source>{total} received from the incubator&apos;s funds; threshold {limit}</source>
        <translation>累计获得孵化器基金投资 {total}；标准 {limit}</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/graduation/engine.py" line="49"/>
        <source>No investment recorded; threshold {limit}</source>
        <translation>暂无投资记录；标准 {limit}</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/graduation/engine.py" line="50"/>
        <source>No two consecutive years of revenue recorded; threshold {limit}</source>
        <translation>未有连续两年营业收入记录；标准 {limit}</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/graduation/engine.py" line="53"/>
        <source>{y1}: {r1} ({q1}) + {y2}: {r2} ({q2}) = {total}; threshold {limit}</source>
        <translation>{y1}年 {r1}（{q1}）+ {y2}年 {r2}（{q2}）= {total}；标准 {limit}</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/graduation/engine.py" line="35"/>
        <source>Listed on {date}</source>
        <translation>{date} 上市</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/graduation/engine.py" line="36"/>
        <source>Quoted (NEEQ / regional market) on {date}</source>
        <translation>{date} 挂牌（新三板 / 区域股权市场）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/graduation/engine.py" line="39"/>
        <source>Acquired on {date}</source>
        <translation>{date} 被收购</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/graduation/engine.py" line="40"/>
        <source>Merged on {date}</source>
        <translation>{date} 被兼并</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/graduation/engine.py" line="56"/>
        <source>Not listed, quoted or acquired</source>
        <translation>未上市、挂牌或被收购</translation>
    </message>
</context>
<context>
    <name>ical</name>
    <message>
        <location filename="../../src/incubator_desk/services/ical.py" line="93"/>
        <source>Mentoring: {topic}</source>
        <translation>辅导：{topic}</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/ical.py" line="95"/>
        <source>Mentor: {name}</source>
        <translation>导师：{name}</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/ical.py" line="96"/>
        <source>Tenants: {names}</source>
        <translation>企业：{names}</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/ical.py" line="98"/>
        <source>Service: {service}</source>
        <translation>服务类型：{service}</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/ical.py" line="145"/>
        <source>Speakers: {names}</source>
        <translation>主讲人：{names}</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/ical.py" line="234"/>
        <source>Training events</source>
        <translation>培训活动</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <location filename="../../src/incubator_desk/services/importing/plan.py" line="34"/>
        <source>created</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/importing/plan.py" line="35"/>
        <source>updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/importing/plan.py" line="36"/>
        <source>unchanged</source>
        <translation>无变化</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/importing/plan.py" line="37"/>
        <source>rejected</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/importing/plan.py" line="38"/>
        <source>changed since the preview</source>
        <translation>预览后已被修改</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/importing/plan.py" line="40"/>
        <source>Someone changed this record after the preview, so the import left it as it is. Check the file against it and import the file again.</source>
        <translation>预览之后有人修改了这条记录，因此导入未改动它。请对照记录核对文件后再次导入。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/importing/reading.py" line="47"/>
        <source>“{name}” cannot be read as a spreadsheet: {reason}. Nothing was imported.</source>
        <translation>无法将“{name}”读取为表格：{reason}。未导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/importing/reading.py" line="50"/>
        <source>“{name}” is an old Excel 97–2003 (.xls) file. Open it in Excel or WPS and save it as .xlsx, then import that. Nothing was imported.</source>
        <translation>“{name}”是旧版 Excel 97–2003（.xls）文件。请在 Excel 或 WPS 中打开并另存为 .xlsx 后再导入。未导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/importing/reading.py" line="55"/>
        <source>No header row was recognised in the first {rows} rows of “{name}”: a sheet of {what} needs a column such as {examples}. Nothing was imported.</source>
        <translation>在“{name}”的前 {rows} 行中未识别到表头：{what}表格需要包含如 {examples} 这样的列。未导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/importing/reading.py" line="60"/>
        <source>“{name}” is neither UTF-8 nor GBK text. Save it from Excel as “CSV UTF-8” or as .xlsx. Nothing was imported.</source>
        <translation>“{name}”既不是 UTF-8 也不是 GBK 编码的文本。请在 Excel 中另存为“CSV UTF-8”或 .xlsx。未导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/importing/reading.py" line="65"/>
        <source>“{name}” has no rows. Nothing was imported.</source>
        <translation>“{name}”中没有数据行。未导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/importing/reading.py" line="66"/>
        <source>“{name}” has more than {limit} rows: split it into several files.</source>
        <translation>“{name}”超过 {limit} 行：请拆分为多个文件。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/importing/reading.py" line="69"/>
        <source>“{name}” is too large to import ({size}): split it into several files.</source>
        <translation>“{name}”太大，无法导入（{size}）：请拆分为多个文件。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/importing/reading.py" line="72"/>
        <source>“{name}” mixes two encodings: lines {lines} are {encoding}, the others are not. Open it in Excel or WPS and save it as “CSV UTF-8” or as .xlsx, then import that. Nothing was imported.</source>
        <translation>“{name}”混用了两种编码：第 {lines} 行是 {encoding}，其他行不是。请用 Excel 或 WPS 打开，另存为“CSV UTF-8”或 .xlsx 后再导入。未导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/importing/reading.py" line="78"/>
        <source>Line {line} of “{name}” cannot be read ({reason}). Nothing was imported.</source>
        <translation>“{name}”第 {line} 行无法读取（{reason}）。未导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/importing/reading.py" line="81"/>
        <source>its sheet is not well-formed XML ({detail})</source>
        <translation>其工作表不是格式正确的 XML（{detail}）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/importing/reading.py" line="82"/>
        <source>it holds binary data, not text</source>
        <translation>其中是二进制数据，不是文本</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/importing/reading.py" line="316"/>
        <source>tenants</source>
        <translation>在孵企业</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/importing/reading.py" line="317"/>
        <source>quarterly figures</source>
        <translation>季度经营数据</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/importing/reading.py" line="318"/>
        <source>statistics returns</source>
        <translation>统计报表</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/importing/values.py" line="35"/>
        <source>“{value}” is not a date (use 2024-03-15).</source>
        <translation>“{value}”不是日期（请使用 2024-03-15 格式）。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/importing/values.py" line="36"/>
        <source>“{value}” is not a number.</source>
        <translation>“{value}”不是数字。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/importing/values.py" line="37"/>
        <source>“{value}” is not a whole number.</source>
        <translation>“{value}”不是整数。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/importing/values.py" line="38"/>
        <source>“{value}” is not yes/no (是/否).</source>
        <translation>“{value}”不是 是/否。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/importing/values.py" line="39"/>
        <source>“{value}” is not a stage (苗圃, 在孵, 加速, 毕业, 退出 or the English names).</source>
        <translation>“{value}”不是孵化阶段（苗圃、在孵、加速、毕业、退出或其英文名称）。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/importing/values.py" line="42"/>
        <source>“{value}” is not a listing status (无, 新三板, 上市, 被收购, 合并).</source>
        <translation>“{value}”不是上市状态（无、新三板、上市、被收购、合并）。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/importing/values.py" line="45"/>
        <source>“{value}” is not in the list of {list}: add it in Settings or correct it.</source>
        <translation>“{value}”不在{list}列表中：请在“设置”中添加或更正。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/importing/values.py" line="48"/>
        <source>A negative amount is not allowed here.</source>
        <translation>此处不允许负数金额。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/importing/values.py" line="49"/>
        <source>“{value}” is too large to be right here.</source>
        <translation>“{value}”过大，不可能正确。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/importing/values.py" line="195"/>
        <source>sectors (GB/T 4754)</source>
        <translation>国民经济行业（GB/T 4754）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/importing/planning.py" line="52"/>
        <location filename="../../src/incubator_desk/services/importing/returns.py" line="41"/>
        <source>This column is required.</source>
        <translation>此列为必填项。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/importing/planning.py" line="53"/>
        <source>A credit code is required: it identifies the tenant on every later import.</source>
        <translation>必须填写统一社会信用代码：以后每次导入都靠它识别企业。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/importing/planning.py" line="56"/>
        <location filename="../../src/incubator_desk/services/importing/returns.py" line="42"/>
        <source>The same {what} as row {row}.</source>
        <translation>与第 {row} 行的{what}相同。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/importing/planning.py" line="57"/>
        <location filename="../../src/incubator_desk/services/importing/returns.py" line="43"/>
        <source>No tenant has this {what}: import or create the tenant first.</source>
        <translation>没有企业使用此{what}：请先导入或新建该企业。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/importing/values.py" line="50"/>
        <source>“{value}” is not a quarter such as 2026Q3.</source>
        <translation>“{value}”不是季度格式，例如 2026Q3。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/importing/planning.py" line="60"/>
        <source>The quarter already has investments totalling {total}; correct them in the tenant&apos;s figures instead.</source>
        <translation>该季度已有合计 {total} 的投资记录；请在企业的季度数据中更正。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/importing/planning.py" line="65"/>
        <location filename="../../src/incubator_desk/services/importing/returns.py" line="46"/>
        <source>The file has no {column} column: map one in the mapping step.</source>
        <translation>文件中没有“{column}”列：请在列对应步骤中指定。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/importing/values.py" line="192"/>
        <source>industries</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/importing/values.py" line="193"/>
        <source>technology fields</source>
        <translation>技术领域</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/importing/values.py" line="194"/>
        <source>registration types</source>
        <translation>登记注册类型</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/importing/plan.py" line="53"/>
        <source>The import was cancelled.</source>
        <translation>导入已取消。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/importing/planning.py" line="182"/>
        <location filename="../../src/incubator_desk/services/importing/planning.py" line="383"/>
        <location filename="../../src/incubator_desk/services/importing/returns.py" line="138"/>
        <source>credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/importing/planning.py" line="392"/>
        <location filename="../../src/incubator_desk/services/importing/returns.py" line="145"/>
        <source>name</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/importing/planning.py" line="423"/>
        <source>tenant and quarter</source>
        <translation>企业和季度</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/importing/writing.py" line="176"/>
        <source>Imported from {name}</source>
        <translation>从 {name} 导入</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/importing/writing.py" line="334"/>
        <source>Added by the import of {name}</source>
        <translation>导入 {name} 时添加</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/importing/writing.py" line="399"/>
        <source>(investor not named)</source>
        <translation>（未注明投资方）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/importing/returns.py" line="49"/>
        <source>{year} is not a year of the return.</source>
        <translation>{year} 不是有效的统计年度。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/importing/returns.py" line="50"/>
        <source>No founder is recorded for this tenant: add one under People first.</source>
        <translation>该企业尚未登记创始人：请先在“人员”中添加。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/importing/returns.py" line="178"/>
        <source>tenant and year</source>
        <translation>企业和年度</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="11"/>
        <source>Pre-incubation</source>
        <translation>苗圃</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="12"/>
        <source>Incubating</source>
        <translation>在孵</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="13"/>
        <source>Accelerating</source>
        <translation>加速</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="14"/>
        <source>Graduated</source>
        <translation>毕业</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="15"/>
        <source>Exited</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="16"/>
        <source>Private office</source>
        <translation>独立办公室</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="17"/>
        <source>Open-desk area</source>
        <translation>开放工位区</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="18"/>
        <source>Lab</source>
        <translation>实验室</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="19"/>
        <location filename="../../src/incubator_desk/core/labels.py" line="48"/>
        <source>Workshop</source>
        <translation>工作坊</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="20"/>
        <source>Meeting room</source>
        <translation>会议室</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="21"/>
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="22"/>
        <source>Available</source>
        <translation>可用</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="23"/>
        <source>Under maintenance</source>
        <translation>维护中</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="24"/>
        <source>Retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="33"/>
        <source>Entrepreneurship coaching</source>
        <translation>创业辅导</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="34"/>
        <source>Management training</source>
        <translation>管理培训</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="35"/>
        <source>Policy consulting</source>
        <translation>政策咨询</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="36"/>
        <source>R&amp;D services</source>
        <translation>研发服务</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="37"/>
        <source>Financing match-making</source>
        <translation>融资对接</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="38"/>
        <source>Planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="39"/>
        <source>Held</source>
        <translation>已举行</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="32"/>
        <location filename="../../src/incubator_desk/core/labels.py" line="40"/>
        <location filename="../../src/incubator_desk/core/labels.py" line="135"/>
        <location filename="../../src/incubator_desk/core/labels.py" line="147"/>
        <location filename="../../src/incubator_desk/core/labels.py" line="156"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="28"/>
        <location filename="../../src/incubator_desk/core/labels.py" line="155"/>
        <source>Active</source>
        <translation>生效中</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="29"/>
        <source>Ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="41"/>
        <source>On site</source>
        <translation>现场</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="42"/>
        <source>Online</source>
        <translation>线上</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="43"/>
        <source>Entrepreneurship mentor</source>
        <translation>创业导师</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="44"/>
        <source>Professional adviser</source>
        <translation>专业顾问</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="45"/>
        <source>Investor</source>
        <translation>投资方</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="46"/>
        <source>Service provider</source>
        <translation>服务机构</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="47"/>
        <source>Training</source>
        <translation>培训活动</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="49"/>
        <source>Roadshow</source>
        <translation>路演</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="50"/>
        <source>Demo day</source>
        <translation>项目展示日</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="51"/>
        <source>Policy briefing</source>
        <translation>政策宣讲</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="52"/>
        <source>Equity</source>
        <translation>股权投资</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="53"/>
        <source>Convertible note</source>
        <translation>可转债</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="54"/>
        <source>Grant</source>
        <translation>资助</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="55"/>
        <source>Loan product</source>
        <translation>贷款产品</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="56"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="57"/>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="58"/>
        <source>Screening</source>
        <translation>初筛</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="59"/>
        <source>Due diligence</source>
        <translation>尽职调查</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="60"/>
        <source>Investment committee</source>
        <translation>投资决策委员会</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="61"/>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="62"/>
        <source>Rejected</source>
        <translation>已否决</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="63"/>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="64"/>
        <source>Agreement signed</source>
        <translation>已签约</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="65"/>
        <source>Disbursed</source>
        <translation>已拨付</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="66"/>
        <source>Closed</source>
        <translation>已结项</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="67"/>
        <source>Not listed</source>
        <translation>未上市</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="68"/>
        <source>Quoted (NEEQ / regional market)</source>
        <translation>挂牌（新三板 / 区域股权市场）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="69"/>
        <source>Listed</source>
        <translation>已上市</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="70"/>
        <source>Acquired</source>
        <translation>被收购</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="71"/>
        <source>Merged</source>
        <translation>被合并</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="72"/>
        <source>Ceased business</source>
        <translation>停止经营</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="73"/>
        <source>Moved out</source>
        <translation>迁出</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="74"/>
        <source>Merged or acquired</source>
        <translation>被合并或收购</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="75"/>
        <source>Contract ended</source>
        <translation>合同到期</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="76"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="77"/>
        <source>Founder</source>
        <translation>创始人</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="78"/>
        <source>Co-founder</source>
        <translation>联合创始人</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="79"/>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="80"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="81"/>
        <location filename="../../src/incubator_desk/core/labels.py" line="99"/>
        <source>Finance</source>
        <translation>财务</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="82"/>
        <source>Employee</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="83"/>
        <source>Created</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="84"/>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="85"/>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="86"/>
        <source>Archived</source>
        <translation>归档</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="30"/>
        <location filename="../../src/incubator_desk/core/labels.py" line="87"/>
        <source>Moved</source>
        <translation>迁移</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="25"/>
        <source>per m² per month</source>
        <translation>每平方米每月</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="26"/>
        <source>per desk per month</source>
        <translation>每工位每月</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="27"/>
        <source>per unit per month</source>
        <translation>每间每月</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="88"/>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="89"/>
        <source>Generated</source>
        <translation>生成</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="97"/>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="98"/>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="100"/>
        <source>Reviewer</source>
        <translation>评审人</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="101"/>
        <source>Mentoring coordinator</source>
        <translation>辅导协调员</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="102"/>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="105"/>
        <source>Monthly</source>
        <translation>按月</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="106"/>
        <source>Quarterly</source>
        <translation>按季</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="109"/>
        <source>Rent</source>
        <translation>租金</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="110"/>
        <source>Rent subsidy</source>
        <translation>租金补贴</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="111"/>
        <source>Property fee</source>
        <translation>物业费</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="112"/>
        <location filename="../../src/incubator_desk/core/labels.py" line="119"/>
        <source>Electricity</source>
        <translation>电费</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="113"/>
        <location filename="../../src/incubator_desk/core/labels.py" line="120"/>
        <source>Water</source>
        <translation>水费</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="114"/>
        <source>Room booking</source>
        <translation>会议室预订</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="115"/>
        <source>Equipment booking</source>
        <translation>设备预约</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="116"/>
        <source>Service fee</source>
        <translation>服务费</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="123"/>
        <source>Property fee (¥ per m² and month)</source>
        <translation>物业费（元/平方米·月）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="124"/>
        <source>Electricity (¥ per kWh)</source>
        <translation>电费（元/千瓦时）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="125"/>
        <source>Water (¥ per m³)</source>
        <translation>水费（元/立方米）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="126"/>
        <source>Meeting room (¥ per hour)</source>
        <translation>会议室（元/小时）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="129"/>
        <location filename="../../src/incubator_desk/core/labels.py" line="177"/>
        <source>Bill</source>
        <translation>账单</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="130"/>
        <source>Adjustment</source>
        <translation>补收单</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="131"/>
        <source>Credit note</source>
        <translation>红字冲减单</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="134"/>
        <source>Issued</source>
        <translation>已开具</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="138"/>
        <source>Bank transfer</source>
        <translation>银行转账</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="139"/>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="140"/>
        <source>WeChat Pay</source>
        <translation>微信支付</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="141"/>
        <source>Alipay</source>
        <translation>支付宝</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="142"/>
        <source>Cheque</source>
        <translation>支票</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="143"/>
        <source>From the deposit</source>
        <translation>押金抵扣</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="146"/>
        <source>Recorded</source>
        <translation>已登记</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="150"/>
        <source>Received</source>
        <translation>已收取</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="151"/>
        <source>Used to pay bills</source>
        <translation>抵扣账单</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="152"/>
        <source>Returned</source>
        <translation>已退还</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="162"/>
        <source>Tenant</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="163"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="164"/>
        <source>Stage change</source>
        <translation>阶段变更</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="165"/>
        <source>Quarterly figures</source>
        <translation>季度经营数据</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="166"/>
        <source>Investment received</source>
        <translation>获得投资</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="167"/>
        <source>Unit</source>
        <translation>房间</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="168"/>
        <source>Allocation</source>
        <translation>入驻分配</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="169"/>
        <source>Booking</source>
        <translation>预订</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="170"/>
        <source>Mentor</source>
        <translation>导师</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="171"/>
        <location filename="../../src/incubator_desk/services/mentoring/conflicts.py" line="38"/>
        <source>Mentoring session</source>
        <translation>辅导记录</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="172"/>
        <source>Training event</source>
        <translation>培训活动</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="173"/>
        <source>Registration</source>
        <translation>报名</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="174"/>
        <source>Fund</source>
        <translation>基金</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="175"/>
        <source>Application</source>
        <translation>融资申请</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="176"/>
        <source>Setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="178"/>
        <source>Payment</source>
        <translation>收款</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="179"/>
        <source>Deposit</source>
        <translation>押金</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="180"/>
        <source>Meter reading</source>
        <translation>表计读数</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="181"/>
        <source>One-off fee</source>
        <translation>一次性收费</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="182"/>
        <source>Billing terms</source>
        <translation>计费条款</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="183"/>
        <source>Billing rate</source>
        <translation>收费单价</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="184"/>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="185"/>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="186"/>
        <source>Annual return</source>
        <translation>年度统计</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="187"/>
        <source>Qualification</source>
        <translation>资质</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="188"/>
        <source>Incubator&apos;s year</source>
        <translation>孵化器年度数据</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="189"/>
        <source>Collection round</source>
        <translation>数据收集轮次</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="190"/>
        <source>Collection return</source>
        <translation>数据收集回执</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="191"/>
        <source>Site</source>
        <translation>园区</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="192"/>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="193"/>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="194"/>
        <source>Equipment</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="195"/>
        <source>Rent subsidy policy</source>
        <translation>租金补贴政策</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="196"/>
        <source>Mentor assignment</source>
        <translation>导师结对</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="197"/>
        <source>Session attendee</source>
        <translation>辅导参与企业</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="198"/>
        <source>Follow-up action</source>
        <translation>跟进事项</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="199"/>
        <source>Pipeline move</source>
        <translation>流程变更</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="200"/>
        <source>Application document</source>
        <translation>申请材料</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="201"/>
        <source>Review</source>
        <translation>评审</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="202"/>
        <source>Committee decision</source>
        <translation>投决会决议</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="203"/>
        <source>Tranche</source>
        <translation>期次</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="204"/>
        <source>Billing run</source>
        <translation>出账批次</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="205"/>
        <source>Bill line</source>
        <translation>账单明细</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="206"/>
        <source>Payment allocation</source>
        <translation>收款核销</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="207"/>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="208"/>
        <source>List entry</source>
        <translation>名录条目</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="209"/>
        <source>Other name of a list entry</source>
        <translation>名录条目别名</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/core/labels.py" line="213"/>
        <source>Local operator</source>
        <translation>本机操作员</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/tenants/records.py" line="193"/>
        <source>Registered</source>
        <translation>已报名</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <location filename="../../src/incubator_desk/reports/base.py" line="451"/>
        <source>The report could not be laid out: {error}</source>
        <translation>无法排版报告：{error}</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/reports/base.py" line="467"/>
        <source>Cannot write {path}: {reason}</source>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/reports/fonts.py" line="143"/>
        <source>No Chinese TrueType font could be found, so the report would show empty boxes. Install one (Linux: the package fonts-wqy-microhei; Windows and macOS ship Microsoft YaHei / STHeiti) or choose a .ttf/.ttc font with Chinese characters in Settings → Graduation and reports. Fonts with PostScript outlines such as Noto Sans CJK cannot be embedded.{details}</source>
        <translation>找不到可用的中文 TrueType 字体，报告中的中文将显示为空白方框。请安装字体（Linux：fonts-wqy-microhei 软件包；Windows 和 macOS 自带微软雅黑 / 华文黑体），或在“设置 → 毕业与报告”中选择含中文字符的 .ttf/.ttc 字体。Noto Sans CJK 等 PostScript 轮廓字体无法嵌入。{details}</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/reports/dispatch.py" line="68"/>
        <location filename="../../src/incubator_desk/reports/dispatch.py" line="85"/>
        <source>Choose a tenant from the list.</source>
        <translation>请从列表中选择企业。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/reports/dispatch.py" line="92"/>
        <source>Give a quarter or a year.</source>
        <translation>请填写季度或年份。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/reports/dispatch.py" line="259"/>
        <source>This font cannot be embedded in reports: {problem}
Choose a TrueType font (.ttf or .ttc) with Chinese characters, such as Microsoft YaHei or WenQuanYi Micro Hei.</source>
        <translation>该字体无法嵌入报告：{problem}
请选择含中文字符的 TrueType 字体（.ttf 或 .ttc），例如微软雅黑或文泉驿微米黑。</translation>
    </message>
</context>
<context>
    <name>spaces</name>
    <message>
        <location filename="../../src/incubator_desk/services/spaces/rent_roll.py" line="107"/>
        <source>Tenant</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/spaces/rent_roll.py" line="108"/>
        <source>Unit</source>
        <translation>房间</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/spaces/rent_roll.py" line="109"/>
        <source>Desks</source>
        <translation>工位数</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/spaces/rent_roll.py" line="110"/>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/spaces/rent_roll.py" line="111"/>
        <source>List rent (¥)</source>
        <translation>标价租金（元）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/spaces/rent_roll.py" line="112"/>
        <source>Agreed rent (¥)</source>
        <translation>约定租金（元）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/spaces/rent_roll.py" line="113"/>
        <source>Subsidy %</source>
        <translation>补贴比例</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/spaces/rent_roll.py" line="114"/>
        <source>Subsidy (¥)</source>
        <translation>补贴金额（元）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/spaces/rent_roll.py" line="115"/>
        <source>Rent due (¥)</source>
        <translation>应收租金（元）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/spaces/rent_roll.py" line="139"/>
        <source>Rent roll {month}</source>
        <translation>{month} 租金清单</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/spaces/rent_roll.py" line="165"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>statistics</name>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/fields.py" line="70"/>
        <source>Company</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/fields.py" line="71"/>
        <source>Qualifications</source>
        <translation>资质认定</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/fields.py" line="72"/>
        <source>Founder</source>
        <translation>创始人</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/fields.py" line="73"/>
        <source>Money and financing</source>
        <translation>经营与融资</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/fields.py" line="74"/>
        <source>Staff at year end</source>
        <translation>年末从业人员</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/fields.py" line="75"/>
        <source>Intellectual property</source>
        <translation>知识产权</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/fields.py" line="76"/>
        <source>Technology contracts and programmes</source>
        <translation>技术合同与科技项目</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/fields.py" line="93"/>
        <source>General taxpayer</source>
        <translation>一般纳税人</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/fields.py" line="94"/>
        <source>Small-scale taxpayer</source>
        <translation>小规模纳税人</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/fields.py" line="95"/>
        <source>University student</source>
        <translation>大学生</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/fields.py" line="96"/>
        <source>Researcher</source>
        <translation>科技人员</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/fields.py" line="97"/>
        <source>Returnee from study abroad</source>
        <translation>留学人员</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/fields.py" line="98"/>
        <source>Serial founder</source>
        <translation>连续创业者</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/fields.py" line="99"/>
        <source>Former executive of a large firm</source>
        <translation>大企业高管</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/fields.py" line="100"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/fields.py" line="101"/>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/fields.py" line="102"/>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/fields.py" line="178"/>
        <source>Company name</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/fields.py" line="179"/>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/fields.py" line="180"/>
        <source>Founded</source>
        <translation>成立日期</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/fields.py" line="181"/>
        <source>Entry date</source>
        <translation>入孵日期</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/fields.py" line="182"/>
        <source>Registered capital</source>
        <translation>注册资本</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/fields.py" line="183"/>
        <source>Registration type</source>
        <translation>登记注册类型</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/fields.py" line="184"/>
        <source>Industry class (GB/T 4754)</source>
        <translation>行业代码（GB/T 4754）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/fields.py" line="184"/>
        <source>four digits, e.g. 6513</source>
        <translation>四位数字，如 6513</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/fields.py" line="185"/>
        <source>Sector (GB/T 4754)</source>
        <translation>国民经济行业（GB/T 4754）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/fields.py" line="186"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/fields.py" line="187"/>
        <source>Technology field</source>
        <translation>技术领域</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/fields.py" line="188"/>
        <source>Taxpayer type</source>
        <translation>纳税人类型</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/fields.py" line="189"/>
        <source>Has a mentor</source>
        <translation>是否有创业导师</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/fields.py" line="190"/>
        <source>Graduated</source>
        <translation>毕业</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/fields.py" line="191"/>
        <source>Graduated on</source>
        <translation>毕业时间</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/fields.py" line="192"/>
        <source>Area occupied</source>
        <translation>占用孵化场地面积</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/fields.py" line="194"/>
        <source>High-Tech Enterprise</source>
        <translation>高新技术企业</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/fields.py" line="195"/>
        <source>High-Tech Enterprise certificate no.</source>
        <translation>高新技术企业证书编号</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/fields.py" line="195"/>
        <source>two letters and the digits, e.g. GR202344201234</source>
        <translation>两个字母加数字，如 GR202344201234</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/fields.py" line="196"/>
        <source>High-Tech Enterprise since</source>
        <translation>高新技术企业认定日期</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/fields.py" line="197"/>
        <source>Tech-based SME</source>
        <translation>科技型中小企业</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/fields.py" line="198"/>
        <source>Tech-based SME registration no.</source>
        <translation>科技型中小企业入库登记编号</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/fields.py" line="198"/>
        <source>the digits of the registration number</source>
        <translation>登记编号的数字</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/fields.py" line="199"/>
        <source>Innovative SME</source>
        <translation>创新型中小企业</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/fields.py" line="200"/>
        <source>Specialised and innovative SME</source>
        <translation>专精特新中小企业</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/fields.py" line="201"/>
        <source>&quot;Little giant&quot;</source>
        <translation>专精特新“小巨人”企业</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/fields.py" line="203"/>
        <source>Founder type</source>
        <translation>创业者类型</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/fields.py" line="204"/>
        <source>Founder&apos;s sex</source>
        <translation>创业者性别</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/fields.py" line="206"/>
        <source>Revenue</source>
        <translation>总收入</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/fields.py" line="207"/>
        <source>Net profit</source>
        <translation>净利润</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/fields.py" line="208"/>
        <source>Taxes paid</source>
        <translation>实际上缴税费</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/fields.py" line="209"/>
        <source>Exports</source>
        <translation>出口总额</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/fields.py" line="210"/>
        <source>R&amp;D spending</source>
        <translation>研究开发经费支出</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/fields.py" line="211"/>
        <source>Angel and venture investment received</source>
        <translation>当年获得天使及风险投资额</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/fields.py" line="212"/>
        <source>of which from the incubator&apos;s own fund</source>
        <translation>其中：孵化器自有基金投资额</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/fields.py" line="213"/>
        <source>Bank loans received</source>
        <translation>当年获得银行贷款额</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/fields.py" line="214"/>
        <source>Government grants received</source>
        <translation>当年获得政府资助额</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/fields.py" line="216"/>
        <source>Staff</source>
        <translation>员工人数</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/fields.py" line="217"/>
        <source>of whom doctorates</source>
        <translation>其中：博士</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/fields.py" line="218"/>
        <source>of whom masters</source>
        <translation>其中：硕士</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/fields.py" line="219"/>
        <location filename="../../src/incubator_desk/services/statistics/incubator.py" line="116"/>
        <source>of whom college and above</source>
        <translation>其中：大专及以上</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/fields.py" line="220"/>
        <source>of whom returnees from study abroad</source>
        <translation>其中：留学归国人员</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/fields.py" line="221"/>
        <source>of whom in talent programmes</source>
        <translation>其中：入选各级人才计划人数</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/fields.py" line="222"/>
        <source>New graduates hired this year</source>
        <translation>当年吸纳应届毕业生数</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/fields.py" line="224"/>
        <source>IP applications this year</source>
        <translation>当年知识产权申请数</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/fields.py" line="225"/>
        <source>of which invention patents (applied)</source>
        <translation>其中：发明专利申请</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/fields.py" line="226"/>
        <source>IP granted this year</source>
        <translation>当年知识产权授权数</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/fields.py" line="227"/>
        <source>of which invention patents (granted)</source>
        <translation>其中：发明专利授权</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/fields.py" line="228"/>
        <source>Valid IP held</source>
        <translation>拥有有效知识产权数</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/fields.py" line="229"/>
        <source>of which invention patents (held)</source>
        <translation>其中：有效发明专利</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/fields.py" line="230"/>
        <source>Software copyrights</source>
        <translation>软件著作权</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/fields.py" line="231"/>
        <source>Integrated-circuit layouts</source>
        <translation>集成电路布图设计</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/fields.py" line="232"/>
        <source>Plant varieties</source>
        <translation>植物新品种</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/fields.py" line="233"/>
        <source>Foreign patents bought</source>
        <translation>购买国外专利</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/fields.py" line="235"/>
        <source>Technology contracts</source>
        <translation>技术合同数</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/fields.py" line="236"/>
        <source>Technology contracts&apos; value</source>
        <translation>技术合同交易额</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/fields.py" line="237"/>
        <source>National science programmes undertaken</source>
        <translation>当年承担国家级科技计划项目数</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/fields.py" line="238"/>
        <source>Provincial or higher awards</source>
        <translation>当年获省级以上奖励数</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/records.py" line="371"/>
        <source>Statistics return saved</source>
        <translation>已保存统计报表数据</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/assessment.py" line="45"/>
        <source>National incubator (2018 conditions)</source>
        <translation>国家级孵化器（2018年条件）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/assessment.py" line="46"/>
        <source>MIIT 2025: standard level (标准级)</source>
        <translation>工信部2025年办法：标准级</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/assessment.py" line="47"/>
        <source>MIIT 2025: excellent level (卓越级)</source>
        <translation>工信部2025年办法：卓越级</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/assessment.py" line="55"/>
        <source>Uncertain: as reported by provincial notices, not checked against the measures&apos; full text.</source>
        <translation>存疑：依据省级通知的转述，未与办法全文核对。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/assessment.py" line="59"/>
        <source>Uncertain: the excellent level is selective and no published figure was found; this threshold is an assumption to set from the year&apos;s notice.</source>
        <translation>存疑：卓越级为择优评定，未查到公开的具体数值；此门槛为假设值，请按当年通知设定。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/assessment.py" line="64"/>
        <source>Specialised incubators: a lower figure applies (edit the threshold).</source>
        <translation>专业孵化器适用较低标准（请修改门槛值）。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/assessment.py" line="78"/>
        <source>Years in operation</source>
        <translation>运营年限</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/assessment.py" line="79"/>
        <source>Years of statistics kept</source>
        <translation>已有统计数据年数</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/assessment.py" line="80"/>
        <source>Area under its control</source>
        <translation>可自主支配场地面积</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/assessment.py" line="81"/>
        <source>Area used by tenants and public services</source>
        <translation>在孵企业及公共服务使用面积占比</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/assessment.py" line="82"/>
        <source>Seed or incubation fund</source>
        <translation>种子资金或孵化资金</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/assessment.py" line="83"/>
        <source>Tenants that have received investment</source>
        <translation>获得投融资的在孵企业占比</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/assessment.py" line="84"/>
        <source>Tenants invested by the incubator&apos;s fund</source>
        <translation>孵化资金使用案例（投资企业数）</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/assessment.py" line="85"/>
        <source>Professional incubation staff among staff</source>
        <translation>专业孵化服务人员占比</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/assessment.py" line="86"/>
        <source>Professional staff per 10 tenants</source>
        <translation>每10家在孵企业的专业服务人员数</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/assessment.py" line="87"/>
        <source>Mentors per 10 tenants</source>
        <translation>每10家在孵企业的创业导师数</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/assessment.py" line="88"/>
        <source>Tenants that applied for IP this year</source>
        <translation>当年申请知识产权的在孵企业占比</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/assessment.py" line="89"/>
        <source>Tenants holding valid IP</source>
        <translation>拥有有效知识产权的在孵企业占比</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/assessment.py" line="90"/>
        <source>Tenants in incubation</source>
        <translation>在孵企业</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/assessment.py" line="91"/>
        <source>Tenants per 1,000 m²</source>
        <translation>每千平方米在孵企业数</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/assessment.py" line="92"/>
        <source>Graduates in total</source>
        <translation>累计毕业企业数</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/assessment.py" line="93"/>
        <source>Tenants given paid-in equity by the incubator&apos;s funds</source>
        <translation>获得孵化器自有或合作基金实缴投资的企业占比</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/assessment.py" line="94"/>
        <source>Tenants that received investment or loans this year</source>
        <translation>当年获得投融资的在孵企业占比</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/assessment.py" line="95"/>
        <source>Tenants whose revenue or R&amp;D grew more than 20%</source>
        <translation>营业收入或研发投入同比增长超过20%的企业占比</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/assessment.py" line="96"/>
        <source>Income other than rent and property</source>
        <translation>房租及物业以外收入占比</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/assessment.py" line="97"/>
        <source>High-Tech Enterprises among tenants</source>
        <translation>在孵企业中高新技术企业占比</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/assessment.py" line="256"/>
        <source>Entered in Settings.</source>
        <translation>在设置中填报。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/assessment.py" line="413"/>
        <source>In operation since {day} (Settings).</source>
        <translation>自 {day} 起运营（设置）。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/assessment.py" line="420"/>
        <source>Enter the start of operation in Settings.</source>
        <translation>请在设置中填写开始运营日期。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/assessment.py" line="430"/>
        <source>The area of every unit in Spaces.</source>
        <translation>空间中全部房间面积之和。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/assessment.py" line="436"/>
        <source>{used} m² used by tenants and public services of {total} m².</source>
        <translation>总面积 {total} m²，其中在孵企业及公共服务使用 {used} m²。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/assessment.py" line="447"/>
        <source>Equity and convertible-note funds in Funding.</source>
        <translation>基金中股权及可转债类基金合计。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/assessment.py" line="459"/>
        <source>{a} of {b} staff (Settings).</source>
        <translation>共 {b} 人，其中 {a} 人（设置）。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/assessment.py" line="467"/>
        <source>{a} professional staff, {b} tenants.</source>
        <translation>专业服务人员 {a} 人，在孵企业 {b} 家。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/assessment.py" line="475"/>
        <source>{a} mentors active in the year, {b} tenants.</source>
        <translation>年内在岗创业导师 {a} 人，在孵企业 {b} 家。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/assessment.py" line="497"/>
        <source>{a} tenants on {b} m².</source>
        <translation>{b} m² 内有 {a} 家在孵企业。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/assessment.py" line="529"/>
        <source>Income {a}, of which rent and property {b} (Settings).</source>
        <translation>总收入 {a}，其中房租及物业 {b}（设置）。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/assessment.py" line="554"/>
        <source>{n} years</source>
        <translation>{n} 年</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/check.py" line="59"/>
        <source>R&amp;D spending ({a} 千元) is above revenue ({b} 千元).</source>
        <translation>研发经费支出（{a} 千元）高于总收入（{b} 千元）。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/check.py" line="60"/>
        <source>Government grants ({a} 千元) are above revenue ({b} 千元).</source>
        <translation>政府资助额（{a} 千元）高于总收入（{b} 千元）。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/check.py" line="61"/>
        <source>Exports ({a} 千元) are above revenue ({b} 千元).</source>
        <translation>出口总额（{a} 千元）高于总收入（{b} 千元）。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/check.py" line="62"/>
        <source>Net profit ({a} 千元) is above revenue ({b} 千元).</source>
        <translation>净利润（{a} 千元）高于总收入（{b} 千元）。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/check.py" line="63"/>
        <source>Taxes paid ({a} 千元) are above revenue ({b} 千元).</source>
        <translation>上缴税费（{a} 千元）高于总收入（{b} 千元）。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/check.py" line="80"/>
        <source>{field} is missing.</source>
        <translation>缺少{field}。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/check.py" line="88"/>
        <source>The credit code {code} is not valid (its check character does not match).</source>
        <translation>统一社会信用代码 {code} 无效（校验码不符）。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/check.py" line="107"/>
        <source>Revenue of {a} 千元 with no staff.</source>
        <translation>有 {a} 千元收入，但从业人员为零或未填。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/check.py" line="115"/>
        <source>A High-Tech Enterprise without its certificate number.</source>
        <translation>是高新技术企业，但缺少证书编号。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/check.py" line="125"/>
        <source>A tech-based SME without its registration number.</source>
        <translation>是科技型中小企业，但缺少入库登记编号。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/check.py" line="134"/>
        <source>Founded ({a}) after it entered the incubator ({b}).</source>
        <translation>成立日期（{a}）晚于入孵日期（{b}）。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/check.py" line="147"/>
        <source>More new graduates hired ({a}) than staff ({b}).</source>
        <translation>吸纳应届毕业生数（{a}）多于从业人员数（{b}）。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/check.py" line="169"/>
        <source>{field} is not entered in Settings.</source>
        <translation>{field}尚未在设置中填报。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/check.py" line="182"/>
        <source>Tenants use more area ({a} m²) than the incubator has ({b} m²).</source>
        <translation>在孵企业使用面积（{a} m²）大于孵化器总面积（{b} m²）。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/check.py" line="194"/>
        <source>The incubator&apos;s area is unknown: add its spaces or enter it in Settings.</source>
        <translation>孵化器面积未知：请添加空间或在设置中填报。</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/incubator.py" line="85"/>
        <source>Tenants in incubation at year end</source>
        <translation>年末在孵企业数</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/incubator.py" line="86"/>
        <source>of which new this year</source>
        <translation>其中：当年新增</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/incubator.py" line="87"/>
        <source>of which founded by returnees</source>
        <translation>其中：留学人员创办</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/incubator.py" line="88"/>
        <source>of which High-Tech Enterprises</source>
        <translation>其中：高新技术企业</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/incubator.py" line="89"/>
        <source>Graduated this year</source>
        <translation>当年毕业企业数</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/incubator.py" line="90"/>
        <source>Graduated in total</source>
        <translation>累计毕业企业数</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/incubator.py" line="91"/>
        <source>Tenants financed this year</source>
        <translation>当年获得投融资的企业数</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/incubator.py" line="92"/>
        <source>Financing received by tenants this year</source>
        <translation>当年在孵企业获得投融资总额</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/incubator.py" line="93"/>
        <source>Tenants&apos; revenue</source>
        <translation>在孵企业总收入</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/incubator.py" line="94"/>
        <source>Tenants&apos; R&amp;D spending</source>
        <translation>在孵企业研发经费支出</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/incubator.py" line="95"/>
        <source>Tenants&apos; staff</source>
        <translation>在孵企业从业人员</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/incubator.py" line="96"/>
        <source>Valid IP held by tenants</source>
        <translation>在孵企业拥有有效知识产权数</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/incubator.py" line="97"/>
        <location filename="../../src/incubator_desk/services/statistics/incubator.py" line="121"/>
        <source>Total area</source>
        <translation>孵化器总面积</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/incubator.py" line="98"/>
        <source>Area used by tenants</source>
        <translation>在孵企业使用面积</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/incubator.py" line="99"/>
        <location filename="../../src/incubator_desk/services/statistics/incubator.py" line="122"/>
        <source>Public service area</source>
        <translation>公共服务面积</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/incubator.py" line="100"/>
        <source>Mentors</source>
        <translation>导师</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/incubator.py" line="101"/>
        <source>Mentoring sessions</source>
        <translation>辅导记录</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/incubator.py" line="102"/>
        <source>Training events and activities held</source>
        <translation>举办培训及活动场次</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/incubator.py" line="103"/>
        <location filename="../../src/incubator_desk/services/statistics/incubator.py" line="123"/>
        <source>Incubation fund</source>
        <translation>孵化基金总额</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/incubator.py" line="104"/>
        <source>Tenants invested by the fund this year</source>
        <translation>当年孵化基金投资企业数</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/incubator.py" line="105"/>
        <source>Invested by the fund this year</source>
        <translation>当年孵化基金投资额</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/incubator.py" line="106"/>
        <source>Incubator&apos;s income</source>
        <translation>孵化器总收入</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/incubator.py" line="107"/>
        <source>Income from services</source>
        <translation>综合服务收入</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/incubator.py" line="108"/>
        <source>Income from rent and property</source>
        <translation>房租及物业收入</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/incubator.py" line="109"/>
        <source>Income from investment</source>
        <translation>投资收入</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/incubator.py" line="110"/>
        <source>Other income</source>
        <translation>其他收入</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/incubator.py" line="111"/>
        <source>Government support received</source>
        <translation>当年获得各级政府财政支持</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/incubator.py" line="112"/>
        <source>Incubator&apos;s net profit</source>
        <translation>孵化器净利润</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/incubator.py" line="113"/>
        <source>Incubator&apos;s taxes paid</source>
        <translation>孵化器上缴税费</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/incubator.py" line="114"/>
        <source>Incubator&apos;s staff</source>
        <translation>孵化器管理机构从业人员</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/incubator.py" line="115"/>
        <source>of whom professional incubation staff</source>
        <translation>其中：专业孵化服务人员</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/incubator.py" line="117"/>
        <source>of whom returnees</source>
        <translation>其中：留学归国人员</translation>
    </message>
    <message>
        <location filename="../../src/incubator_desk/services/statistics/incubator.py" line="209"/>
        <source>Incubator&apos;s figures saved</source>
        <translation>已保存孵化器年度数据</translation>
    </message>
</context>
</TS>
