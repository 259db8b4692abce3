<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ" sourcelanguage="en">
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <source>How to read this table</source>
        <translation>Бұл кестені қалай оқу керек</translation>
    </message>
    <message>
        <source>electview could not read this table with confidence. Say what each column holds; OK becomes possible once the table adds up.</source>
        <translation>electview бұл кестені сенімді оқи алмады. Әр бағанда не барын көрсетіңіз; кесте сәйкес келгенде OK қолжетімді болады.</translation>
    </message>
    <message>
        <source>As electview read it: {0}</source>
        <translation>electview оқығандай: {0}</translation>
    </message>
    <message>
        <source>Header starts on line</source>
        <translation>Тақырып жолы</translation>
    </message>
    <message>
        <source>Header rows</source>
        <translation>Тақырып жолдары</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>(not used)</source>
        <translation>(қолданылмайды)</translation>
    </message>
    <message>
        <source>A candidate (votes)</source>
        <translation>Үміткер (дауыстар)</translation>
    </message>
    <message>
        <source>Candidate name</source>
        <translation>Үміткердің аты</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Партия</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Дауыстар</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>Үлесі (%)</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Аймақ</translation>
    </message>
    <message>
        <source>Contest</source>
        <translation>Сайлау</translation>
    </message>
    <message>
        <source>Valid votes</source>
        <translation>Жарамды дауыстар</translation>
    </message>
    <message>
        <source>Registered voters</source>
        <translation>Тізімдегі сайлаушылар</translation>
    </message>
    <message>
        <source>Ballots cast</source>
        <translation>Берілген бюллетеньдер</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Жарамсыз</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>Бос</translation>
    </message>
    <message>
        <source>The same reading as --columns on the command line; edit it for blocks and other forms.</source>
        <translation>Командалық жолдағы --columns сияқты оқу; блоктар мен басқа пішіндер үшін өңдеңіз.</translation>
    </message>
    <message>
        <source>Reading (--columns):</source>
        <translation>Оқу (--columns):</translation>
    </message>
    <message>
        <source>Choose the columns above.</source>
        <translation>Жоғарыдан бағандарды таңдаңыз.</translation>
    </message>
    <message>
        <source>Does not read: {0}</source>
        <translation>Оқылмайды: {0}</translation>
    </message>
    <message>
        <source>Reads as {0} contest(s); the first has {1} candidates and {2} votes in all. It adds up.</source>
        <translation>{0} сайлау ретінде оқылады; біріншісінде {1} үміткер және барлығы {2} дауыс. Кесте сәйкес келеді.</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Үміткер</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Үлесі</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>Website</source>
        <translation>Веб-сайт</translation>
    </message>
    <message>
        <source>Report a problem</source>
        <translation>Мәселе туралы хабарлау</translation>
    </message>
    <message>
        <source>Results file format</source>
        <translation>Нәтижелер файлының пішімі</translation>
    </message>
    <message>
        <source>About electview</source>
        <translation>electview туралы</translation>
    </message>
    <message>
        <source>A desktop viewer for election results: a sortable candidate table, a live pie chart, commentary and a printable summary.</source>
        <translation>Сайлау нәтижелерін қарауға арналған бағдарлама: сұрыпталатын үміткерлер кестесі, жанды дөңгелек диаграмма, пікірлер және басып шығаруға арналған жиынтық.</translation>
    </message>
    <message>
        <source>Released under the {0} licence. {1}.</source>
        <translation>{0} лицензиясымен таратылады. {1}.</translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation>Құрамы:</translation>
    </message>
    <message>
        <source>Settings:</source>
        <translation>Баптаулар:</translation>
    </message>
    <message>
        <source>Log file:</source>
        <translation>Журнал файлы:</translation>
    </message>
</context>
<context>
    <name>AccessibilityController</name>
    <message>
        <source>Next &amp;Pane</source>
        <translation>Келесі &amp;панель</translation>
    </message>
    <message>
        <source>Pre&amp;vious Pane</source>
        <translation>А&amp;лдыңғы панель</translation>
    </message>
    <message>
        <source> Selected: {0}.</source>
        <translation> Таңдалғаны: {0}.</translation>
    </message>
    <message>
        <source>{0} Slices, largest first: {1}.{2} Arrow keys move between slices.</source>
        <translation>{0} Секторлар, үлкенінен бастап: {1}.{2} Бағыттауыш пернелер секторлар арасында ауыстырады.</translation>
    </message>
</context>
<context>
    <name>BackgroundOpener</name>
    <message>
        <source>Reading {name}…</source>
        <translation>{name} оқылуда…</translation>
    </message>
    <message>
        <source>Cancelled opening {name}</source>
        <translation>{name} ашу тоқтатылды</translation>
    </message>
</context>
<context>
    <name>CandidateTableModel</name>
    <message>
        <source>Candidate</source>
        <extracomment>Raw value for sorting: float for numbers, casefolded text for names. True where the figure in the cell is an estimate (shown in italics with ≈). The candidate&apos;s colour as &quot;#rrggbb&quot; (every column). The candidate&apos;s index in the contest (every column): stable across sorting. True where the cell&apos;s figure differs from the baseline&apos;s (votes, share, change columns). Background of changed cells while :meth:`CandidateTableModel.set_highlighting` is on.</extracomment>
        <translation>Үміткер</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Партия</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Дауыстар</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Үлес</translation>
    </message>
    <message>
        <source>± Points</source>
        <extracomment>Sort key for &quot;no earlier figure&quot;: below every real change in either direction.</extracomment>
        <translation>± п. т.</translation>
    </message>
    <message>
        <source>Change in share, in percentage points, since {0}</source>
        <translation>Үлестің өзгерісі, пайыздық тармақпен, салыстырғанда: {0}</translation>
    </message>
    <message>
        <source>Estimated, not reported.</source>
        <translation>Бағалау, жарияланбаған.</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>Жарияланбаған</translation>
    </message>
    <message>
        <source>As reported</source>
        <translation>Жарияланғандай</translation>
    </message>
    <message>
        <source>Computed by electview: votes ÷ {0} valid votes</source>
        <translation>electview есептеген: дауыстар ÷ {0} жарамды дауыс</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <source>Rule: {0}.</source>
        <translation>Ереже: {0}.</translation>
    </message>
    <message>
        <source>{0} Added by the file&apos;s editor: the source it cites doesn&apos;t give it.</source>
        <translation>{0} Файлды құрастырушы қосқан: сілтеме жасалған дереккөзде бұл жоқ.</translation>
    </message>
</context>
<context>
    <name>Commentary</name>
    <message>
        <source>{0} — to {1}</source>
        <translation>{0} — {1} басылымына</translation>
    </message>
</context>
<context>
    <name>CommentaryPane</name>
    <message>
        <source>Commentary</source>
        <translation>Пікірлер</translation>
    </message>
    <message>
        <source>No commentary in this file.</source>
        <translation>Бұл файлда пікірлер жоқ.</translation>
    </message>
</context>
<context>
    <name>ComparisonController</name>
    <message>
        <source>S&amp;wap Earlier and Later</source>
        <translation>Ертерек пен кейінгіні &amp;ауыстыру</translation>
    </message>
    <message>
        <source>Take the other file as the earlier one</source>
        <translation>Басқа файлды ертерегі деп санау</translation>
    </message>
    <message>
        <source>Comparing {0}</source>
        <translation>Салыстыру: {0}</translation>
    </message>
    <message>
        <source>Compare &amp;With…</source>
        <translation>&amp;Салыстыру…</translation>
    </message>
    <message>
        <source>Compare with earlier results</source>
        <translation>Бұрынғы нәтижелермен салыстыру</translation>
    </message>
    <message>
        <source>&amp;Match Candidates…</source>
        <translation>Үміткерлерді &amp;сәйкестендіру…</translation>
    </message>
    <message>
        <source>Correct how candidates are matched</source>
        <translation>Үміткерлердің сәйкестендірілуін түзету</translation>
    </message>
    <message>
        <source>&amp;Stop Comparing</source>
        <translation>Салыстыруды &amp;тоқтату</translation>
    </message>
    <message>
        <source>Hide the change column</source>
        <translation>Өзгеріс бағанын жасыру</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Салыстыру</translation>
    </message>
    <message>
        <source>Compare with results file</source>
        <translation>Нәтижелер файлымен салыстыру</translation>
    </message>
    <message>
        <source>Could not compare</source>
        <translation>Салыстыру мүмкін болмады</translation>
    </message>
    <message>
        <source>Comparing with {0}: not available for this place</source>
        <translation>Салыстыру: {0} — бұл жер үшін қолжетімсіз</translation>
    </message>
    <message>
        <source>Comparing with {0}</source>
        <translation>Салыстыру: {0}</translation>
    </message>
    <message>
        <source>Still comparing with {0}, chosen for the file opened before (the same election)</source>
        <translation>Салыстыру жалғасады: {0}, бұрын ашылған файл үшін таңдалған (сол сайлау)</translation>
    </message>
</context>
<context>
    <name>ComparisonSource</name>
    <message>
        <source>earlier: {0} → later: {1}</source>
        <translation>ертерек: {0} → кейін: {1}</translation>
    </message>
    <message>
        <source>the preliminary results</source>
        <translation>алдын ала нәтижелер</translation>
    </message>
    <message>
        <source>the unofficial results</source>
        <translation>ресми емес нәтижелер</translation>
    </message>
    <message>
        <source>the final results</source>
        <translation>түпкілікті нәтижелер</translation>
    </message>
    <message>
        <source>the certified results</source>
        <translation>бекітілген нәтижелер</translation>
    </message>
    <message>
        <source>the compared results</source>
        <translation>салыстырылатын нәтижелер</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
</context>
<context>
    <name>ElectoralSystemController</name>
    <message>
        <source>Electoral &amp;System…</source>
        <translation>&amp;Сайлау жүйесі…</translation>
    </message>
    <message>
        <source>Say how many are elected and by which method (D'Hondt, Sainte-Laguë, largest remainder)</source>
        <translation>Қанша адам және қандай әдіспен сайланатынын көрсету (д’Ондт, Сент-Лагю, ең үлкен қалдық)</translation>
    </message>
</context>
<context>
    <name>ElectoralSystemDialog</name>
    <message>
        <source>Electoral System</source>
        <translation>Сайлау жүйесі</translation>
    </message>
    <message>
        <source>Most votes win (one per seat)</source>
        <translation>Ең көп дауыс алғандар жеңеді (әр орынға біреу)</translation>
    </message>
    <message>
        <source>Seats to fill:</source>
        <translation>Орын саны:</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Әдіс:</translation>
    </message>
    <message>
        <source>Legal threshold (of valid votes):</source>
        <translation>Өту шегі (жарамды дауыстардан):</translation>
    </message>
    <message>
        <source>Use the File's Rule</source>
        <translation>Файлдағы ереже</translation>
    </message>
    <message>
        <source>Expected valid votes in all:</source>
        <translation>Күтілетін жарамды дауыстар саны:</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>берілмеген</translation>
    </message>
    <message>
        <source>While results are preliminary: the votes still to come are this figure minus the valid votes counted, and the runner-up&apos;s hurdle is the share of them it would need to overtake.</source>
        <translation>Қорытынды алдын ала болғанда: қалған дауыстар — осы сан минус саналған жарамды дауыстар, ал екінші орындағыға кедергі — көшбасшыны озу үшін қажет қалған дауыстар үлесі.</translation>
    </message>
    <message>
        <source>Majority (or the threshold), else a run-off between the top two</source>
        <translation>Көпшілік (немесе шек), әйтпесе алғашқы екеуі арасында екінші тур</translation>
    </message>
    <message>
        <source>Yes/No question: passes with more than half (or the threshold)</source>
        <translation>«Иә/жоқ» мәселесі: «иә» жартысынан көп (немесе шектен) болса, қабылданады</translation>
    </message>
</context>
<context>
    <name>HeaderBar</name>
    <message>
        <source>Election title</source>
        <translation>Сайлау атауы</translation>
    </message>
    <message>
        <source>Results status</source>
        <translation>Нәтижелер мәртебесі</translation>
    </message>
    <message>
        <source>Election details</source>
        <translation>Сайлау туралы мәліметтер</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Дереккөз</translation>
    </message>
    <message>
        <source>Turnout</source>
        <translation>Қатысу</translation>
    </message>
    <message>
        <source>Audit findings</source>
        <translation>Тексеру нәтижелері</translation>
    </message>
    <message>
        <source>No results open</source>
        <translation>Нәтижелер ашылмаған</translation>
    </message>
    <message>
        <source>Open a results file with File → Open… or drop one on the window.</source>
        <translation>Нәтижелер файлын Файл → Ашу… арқылы ашыңыз немесе терезеге сүйреп әкеліңіз.</translation>
    </message>
    <message>
        <source>round {0}</source>
        <translation>{0}-тур</translation>
    </message>
    <message>
        <source>showing {0}</source>
        <translation>көрсетілуде: {0}</translation>
    </message>
    <message>
        <source>Source: {0}</source>
        <translation>Дереккөз: {0}</translation>
    </message>
    <message>
        <source>The source declares these results: {0}.</source>
        <translation>Дереккөз бұл нәтижелерді былай жариялайды: {0}.</translation>
    </message>
    <message>
        <source>derived: {0}</source>
        <translation>есептелген: {0}</translation>
    </message>
    <message>
        <source>as reported</source>
        <translation>жарияланғандай</translation>
    </message>
    <message>
        <source>Turnout {0} ({1})</source>
        <translation>Қатысу {0} ({1})</translation>
    </message>
    <message>
        <source>Turnout not reported</source>
        <translation>Қатысу жарияланбаған</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>жарияланбаған</translation>
    </message>
    <message>
        <source>registered voters {0}</source>
        <translation>тіркелген сайлаушылар: {0}</translation>
    </message>
    <message>
        <source>ballots cast {0}</source>
        <translation>берілген бюллетеньдер: {0}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>белгісіз</translation>
    </message>
    <message>
        <source>{0} of {1} reporting units in</source>
        <translation>{1} учаскенің {0} деректері түсті</translation>
    </message>
    <message>
        <source>valid votes {0}</source>
        <translation>жарамды дауыстар: {0}</translation>
    </message>
    <message>
        <source>Note: </source>
        <translation>Ескерту: </translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Барлығын көрсету</translation>
    </message>
    <message>
        <source>Show less</source>
        <translation>Жию</translation>
    </message>
    <message>
        <source>One line per finding</source>
        <translation>Әр ескертуге бір жол</translation>
    </message>
    <message>
        <source>Show every finding whole</source>
        <translation>Барлық ескертулерді толық көрсету</translation>
    </message>
    <message>
        <source>continuing ballots (final round) {0}</source>
        <translation>санаудағы бюллетеньдер (соңғы тур): {0}</translation>
    </message>
</context>
<context>
    <name>HemicycleChart</name>
    <message>
        <source>Parliament chart</source>
        <translation>Парламент диаграммасы</translation>
    </message>
    <message>
        <source>Parties: tick to add to the coalition</source>
        <translation>Партиялар: коалицияға қосу үшін белгілеңіз</translation>
    </message>
    <message>
        <source>Coalition</source>
        <translation>Коалиция</translation>
    </message>
    <message>
        <source>Click parties (or tick them) to build a coalition: {0} seats are a majority of {1}.</source>
        <translation>Коалиция құру үшін партияларды басыңыз (немесе белгілеңіз): {1} орынның көпшілігі — {0} орын.</translation>
    </message>
    <message>
        <source>{0}: {1} seats, {2} short of a majority of {3}.</source>
        <translation>{0}: {1} орын, {3} орындық көпшілікке {2} орын жетпейді.</translation>
    </message>
    <message>
        <source>{0}: {1} seats, a majority ({2} of {3} needed).</source>
        <translation>{0}: {1} орын, бұл көпшілік ({3} орынның {2} орны қажет).</translation>
    </message>
    <message>
        <source>Tied, for the law to decide  {0}</source>
        <translation>Тең, заң шешеді  {0}</translation>
    </message>
    <message>
        <source>majority {0}</source>
        <translation>көпшілік {0}</translation>
    </message>
    <message>
        <source>{0} seats</source>
        <translation>{0} орын</translation>
    </message>
    <message>
        <source>Not decided yet  {0}</source>
        <translation>Әлі шешілмеген  {0}</translation>
    </message>
</context>
<context>
    <name>LanguageController</name>
    <message>
        <source>&amp;Language</source>
        <extracomment>Language code → its name in that language (a menu of languages is read by speakers of each).</extracomment>
        <translation>&amp;Тіл</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>&amp;Жүйедегідей</translation>
    </message>
</context>
<context>
    <name>LiveController</name>
    <message>
        <source>version {0} of {1}, seen {2}</source>
        <translation>{1} нұсқаның {0}-сі, алынды {2}</translation>
    </message>
    <message>
        <source>Open &amp;URL…</source>
        <translation>&amp;URL ашу…</translation>
    </message>
    <message>
        <source>Follow results served over HTTP(S)</source>
        <translation>HTTP(S) арқылы берілетін нәтижелерді бақылау</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Тарих</translation>
    </message>
    <message>
        <source>Data last changed</source>
        <translation>Деректер соңғы рет өзгерді</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Соңғы тексеру</translation>
    </message>
    <message>
        <source>Live update problem</source>
        <translation>Жанды жаңарту ақауы</translation>
    </message>
    <message>
        <source>Fetching {0}…</source>
        <translation>{0} жүктелуде…</translation>
    </message>
    <message>
        <source>Checked {0}</source>
        <translation>Тексерілді: {0}</translation>
    </message>
    <message>
        <source>showing the last good version</source>
        <translation>соңғы дұрыс нұсқа көрсетілуде</translation>
    </message>
    <message>
        <source>nothing to show yet</source>
        <translation>әзірге көрсететін ештеңе жоқ</translation>
    </message>
    <message>
        <source>Stopped checking: {0}</source>
        <translation>Тексеру тоқтатылды: {0}</translation>
    </message>
    <message>
        <source>⚠ Version {0} can&apos;t be replayed: {1}</source>
        <translation>⚠ {0} нұсқасын қайта көрсету мүмкін емес: {1}</translation>
    </message>
    <message>
        <source>the previous update ({0})</source>
        <translation>алдыңғы жаңарту ({0})</translation>
    </message>
    <message>
        <source>Stopped fetching {0}: the results on screen are unchanged.</source>
        <translation>{0} жүктеу тоқтатылды: экрандағы нәтижелер өзгерген жоқ.</translation>
    </message>
    <message>
        <source> The results already on screen are unchanged.</source>
        <translation> Экрандағы нәтижелер өзгерген жоқ.</translation>
    </message>
    <message>
        <source>Could not open {0}</source>
        <translation>{0} ашу мүмкін болмады</translation>
    </message>
    <message>
        <source>Could not fetch results from “{0}”:
{1}.</source>
        <translation>«{0}» мекенжайынан нәтижелерді алу мүмкін болмады:
{1}.</translation>
    </message>
    <message>
        <source>Reading version {0}…</source>
        <translation>{0}-нұсқа оқылуда…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Contest</source>
        <translation>Сайлау науқаны</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Қорытынды</translation>
    </message>
    <message>
        <source>Majority gauge</source>
        <translation>Көпшілік көрсеткіші</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Үміткерлер</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Нәтижелер</translation>
    </message>
    <message>
        <source>Vote shares</source>
        <translation>Дауыс үлестері</translation>
    </message>
    <message>
        <source>Commentary</source>
        <translation>Пікірлер</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Аумақтар</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <source>&amp;About electview</source>
        <translation>electview &amp;туралы</translation>
    </message>
    <message>
        <source>Open results file</source>
        <translation>Нәтижелер файлын ашу</translation>
    </message>
    <message>
        <source>Opened {0} ({1})</source>
        <translation>{0} ашылды ({1})</translation>
    </message>
    <message>
        <source>Could not reload</source>
        <translation>Қайта оқу мүмкін болмады</translation>
    </message>
    <message>
        <source>Reloaded {0}</source>
        <translation>{0} қайта оқылды</translation>
    </message>
    <message>
        <source>Could not open</source>
        <translation>Ашу мүмкін болмады</translation>
    </message>
    <message>
        <source> The results already on screen are unchanged.</source>
        <translation> Экрандағы нәтижелер өзгерген жоқ.</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>Мәзірді тазалау</translation>
    </message>
    <message>
        <source>Total valid votes: {0}</source>
        <translation>Барлық жарамды дауыстар: {0}</translation>
    </message>
    <message>
        <source> (derived: {0})</source>
        <translation> (есептелген: {0})</translation>
    </message>
    <message>
        <source>. Figures marked ≈ in italics are estimated by electview; hover for how.</source>
        <translation>. ≈ белгісімен көлбеу жазылған сандарды electview бағалаған; қалай екенін көру үшін меңзерді апарыңыз.</translation>
    </message>
    <message>
        <source>&amp;Contest</source>
        <translation>&amp;Сайлау</translation>
    </message>
    <message>
        <source>Pie</source>
        <translation>Дөңгелек</translation>
    </message>
</context>
<context>
    <name>MajorityController</name>
    <message>
        <source>Majority &amp;Threshold…</source>
        <translation>Көпшілік &amp;шегі…</translation>
    </message>
    <message>
        <source>Set the share a candidate needs to win outright</source>
        <translation>Үміткердің бірден жеңуі үшін қажет үлесті белгілеу</translation>
    </message>
    <message>
        <source>Threshold &amp;Base</source>
        <translation>Шектің &amp;негізі</translation>
    </message>
    <message>
        <source>Share of &amp;Valid Votes</source>
        <translation>&amp;Жарамды дауыстар үлесі</translation>
    </message>
    <message>
        <source>Share of &amp;Ballots Cast</source>
        <translation>&amp;Берілген бюллетеньдер үлесі</translation>
    </message>
    <message>
        <source>Majority Threshold</source>
        <translation>Көпшілік шегі</translation>
    </message>
    <message>
        <source>Share needed to win outright (%):</source>
        <translation>Бірден жеңу үшін қажет үлес (%):</translation>
    </message>
    <message>
        <source>Dashed line: {0}% of {1}.</source>
        <translation>Үзік сызық: {1} {0}%.</translation>
    </message>
    <message>
        <source>Rule: {0}.</source>
        <translation>Ереже: {0}.</translation>
    </message>
    <message>
        <source>One winner by most votes is assumed: the file doesn&apos;t say how many are elected (Contest → Electoral System… to change it).</source>
        <translation>Ең көп дауыспен бір жеңімпаз деп болжанады: файлда қанша адам сайланатыны айтылмаған (өзгерту: Сайлау → Сайлау жүйесі…).</translation>
    </message>
</context>
<context>
    <name>MatchCandidatesDialog</name>
    <message>
        <source>Match Candidates</source>
        <translation>Үміткерлерді сәйкестендіру</translation>
    </message>
    <message>
        <source>Match candidates</source>
        <translation>Үміткерлерді сәйкестендіру</translation>
    </message>
    <message>
        <source>electview matched these by name (in any spelling) and party. Correct what it got wrong.</source>
        <translation>electview оларды аты (кез келген жазылуы) және партиясы бойынша сәйкестендірді. Қателерін түзетіңіз.</translation>
    </message>
    <message>
        <source>(not in the new results)</source>
        <translation>(жаңа нәтижелерде жоқ)</translation>
    </message>
    <message>
        <source>New name for {0}</source>
        <translation>{0} үшін жаңа аты</translation>
    </message>
</context>
<context>
    <name>OpenUrlDialog</name>
    <message>
        <source>Open URL</source>
        <translation>URL ашу</translation>
    </message>
    <message>
        <source>Results address</source>
        <translation>Нәтижелер мекенжайы</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>Check every</source>
        <translation>Тексеру аралығы</translation>
    </message>
    <message>
        <source>electview reads the results at this address now, then checks it again at this interval (asking the server only for changes, and waiting longer after errors) until the results are final or certified.</source>
        <translation>electview нәтижелерді осы мекенжайдан қазір оқиды, содан кейін оларды осы аралықпен тексеріп отырады (серверден тек өзгерістерді сұрап, қателерден кейін ұзағырақ күтеді), нәтижелер түпкілікті немесе бекітілген болғанша.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Мекенжай:</translation>
    </message>
    <message>
        <source>Check &amp;every:</source>
        <translation>&amp;Тексеру аралығы:</translation>
    </message>
</context>
<context>
    <name>ParliamentController</name>
    <message>
        <source>&amp;Parliament Chart…</source>
        <translation>&amp;Парламент диаграммасы…</translation>
    </message>
    <message>
        <source>The seats as a parliament, with the majority line and a coalition builder</source>
        <translation>Орындар парламент түрінде: көпшілік сызығы және коалиция құру</translation>
    </message>
    <message>
        <source>The contest on screen allocates no seats</source>
        <translation>Экрандағы сайлауда орындар бөлінбейді</translation>
    </message>
</context>
<context>
    <name>ParliamentWindow</name>
    <message>
        <source>Parliament Chart</source>
        <translation>Парламент диаграммасы</translation>
    </message>
    <message>
        <source>The contest on screen allocates no seats.</source>
        <translation>Экрандағы сайлауда орындар бөлінбейді.</translation>
    </message>
    <message>
        <source>elected</source>
        <translation>сайланды</translation>
    </message>
    <message>
        <source>projected within the ballots counted</source>
        <translation>есептелген бюллетеньдер бойынша болжам</translation>
    </message>
</context>
<context>
    <name>PieChart</name>
    <message>
        <source>+{0} more</source>
        <translation>+тағы {0}</translation>
    </message>
    <message>
        <source>Legend entries not shown</source>
        <translation>Көрсетілмеген шартты белгілер</translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <translation>… және тағы {0}</translation>
    </message>
    <message>
        <source>Pie chart of vote shares</source>
        <translation>Дауыс үлестерінің дөңгелек диаграммасы</translation>
    </message>
    <message>
        <source>Pie chart legend</source>
        <translation>Диаграмма шартты белгілері</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Басқалар</translation>
    </message>
    <message>
        <source>Other ({0} candidates)</source>
        <translation>Басқалар ({0} үміткер)</translation>
    </message>
    <message>
        <source>The shares sum to {0}: each slice is its share of that sum.</source>
        <translation>Үлестердің қосындысы — {0}: әр сектор осы қосындының үлесі.</translation>
    </message>
    <message>
        <source>{0}: {1} of valid votes, drawn as {2} of the circle.</source>
        <translation>{0}: жарамды дауыстардың {1}, диаграммада шеңбердің {2}.</translation>
    </message>
    <message>
        <source> (estimated)</source>
        <translation> (бағалау)</translation>
    </message>
    <message>
        <source>{0}: {1} votes{2}, {3}</source>
        <translation>{0}: {1} дауыс{2}, {3}</translation>
    </message>
</context>
<context>
    <name>PrecinctBrowser</name>
    <message>
        <source>Precincts — electview</source>
        <extracomment>Raw value of a cell (number, or text for names), as the sort uses it. Beyond this many candidates in scope, per-candidate columns would be unreadable (a national file has thousands); pick a region or district to see them.</extracomment>
        <translation>Учаскелер — electview</translation>
    </message>
    <message>
        <source>This file has no precinct-level detail.</source>
        <translation>Бұл файлда учаскелер бойынша деректер жоқ.</translation>
    </message>
    <message>
        <source>Reading precincts was cancelled.</source>
        <translation>Учаскелерді оқу тоқтатылды.</translation>
    </message>
    <message>
        <source>Reading every precinct…</source>
        <translation>Барлық учаскелер оқылуда…</translation>
    </message>
    <message>
        <source>Reading precincts</source>
        <translation>Учаскелерді оқу</translation>
    </message>
    <message>
        <source>all regions</source>
        <translation>барлық өңірлер</translation>
    </message>
    <message>
        <source>1 station in {place}</source>
        <translation>1 учаске: {place}</translation>
    </message>
    <message>
        <source>{count} stations in {place}</source>
        <translation>{count} учаске: {place}</translation>
    </message>
    <message>
        <source> · choose a region or district to see votes per candidate</source>
        <translation> · әр үміткердің дауыстарын көру үшін өңірді немесе ауданды таңдаңыз</translation>
    </message>
    <message>
        <source>Filter by station, district or region</source>
        <translation>Учаске, округ немесе аймақ бойынша сүзу</translation>
    </message>
    <message>
        <source>Filter precincts</source>
        <translation>Учаскелерді сүзу</translation>
    </message>
    <message>
        <source>{shown} of {count} stations in {place} match “{text}”</source>
        <translation>{place}: {count} учаскенің {shown} «{text}» сәйкес келеді</translation>
    </message>
    <message>
        <source>This contest is counted only for the whole area: there are no precincts to list.</source>
        <translation>Бұл сайлау тек бүкіл аумақ бойынша саналған: тізімге учаскелер жоқ.</translation>
    </message>
</context>
<context>
    <name>PrecinctBrowserController</name>
    <message>
        <source>&amp;Precinct Browser…</source>
        <translation>&amp;Учаскелерді шолу…</translation>
    </message>
    <message>
        <source>Every polling station: leader, margin, turnout and votes, sortable</source>
        <translation>Барлық сайлау учаскелері: көшбасшы, айырма, қатысу және дауыстар, сұрыпталады</translation>
    </message>
    <message>
        <source>This file gives results only for the whole area, not for precincts or polling stations</source>
        <translation>Бұл файлда нәтижелер тек бүкіл аумақ бойынша, учаскелер бойынша емес</translation>
    </message>
    <message>
        <source>This file has no votes counted yet (published before the count): there are no precinct results to browse</source>
        <translation>Бұл файлда әлі саналған дауыс жоқ (санаққа дейін жарияланған): учаскелер бойынша нәтижелер жоқ</translation>
    </message>
    <message>
        <source>Each contest in this file is counted in one place only, its own area: there are no precincts or polling stations to browse</source>
        <translation>Бұл файлдағы әр дауыс беру тек бір жерде — өз аумағында саналған: қарайтын учаскелер жоқ</translation>
    </message>
</context>
<context>
    <name>PrintController</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Басып шығару…</translation>
    </message>
    <message>
        <source>Print the results report</source>
        <translation>Нәтижелер есебін басып шығару</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Алдын ала &amp;қарау…</translation>
    </message>
    <message>
        <source>See the report&apos;s pages before printing</source>
        <translation>Басып шығару алдында есеп беттерін қарау</translation>
    </message>
    <message>
        <source>Export as P&amp;DF…</source>
        <translation>P&amp;DF ретінде экспорттау…</translation>
    </message>
    <message>
        <source>Save the results report as a PDF</source>
        <translation>Нәтижелер есебін PDF ретінде сақтау</translation>
    </message>
    <message>
        <source>Export All Contests as PDF…</source>
        <translation>Барлық науқандарды PDF ретінде экспорттау…</translation>
    </message>
    <message>
        <source>Save the report of every contest, each on its own pages</source>
        <translation>Әр науқанның есебін, әрқайсысын өз беттерінде сақтау</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Экспорттау</translation>
    </message>
    <message>
        <source>Table as &amp;CSV…</source>
        <translation>Кесте &amp;CSV ретінде…</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Summary as &amp;JSON…</source>
        <translation>Жиынтық &amp;JSON ретінде…</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Chart as &amp;PNG…</source>
        <translation>Диаграмма &amp;PNG ретінде…</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG суреті (*.png)</translation>
    </message>
    <message>
        <source>Chart as &amp;SVG…</source>
        <translation>Диаграмма &amp;SVG ретінде…</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG суреті (*.svg)</translation>
    </message>
    <message>
        <source>Report as &amp;HTML…</source>
        <translation>Есеп &amp;HTML ретінде…</translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <source>Print results report</source>
        <translation>Нәтижелер есебін басып шығару</translation>
    </message>
    <message>
        <source>Could not print</source>
        <translation>Басып шығару мүмкін болмады</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Алдын ала қарау</translation>
    </message>
    <message>
        <source>Export report as PDF</source>
        <translation>Есепті PDF ретінде экспорттау</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>Экспорттау мүмкін болмады</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>Сақталды: {0}</translation>
    </message>
</context>
<context>
    <name>ProgressIndicator</name>
    <message>
        <source>Loading progress</source>
        <translation>Жүктеу барысы</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
</context>
<context>
    <name>QuoteCard</name>
    <message>
        <source>Quote from {0}</source>
        <translation>Дәйексөз: {0}</translation>
    </message>
</context>
<context>
    <name>RegionTree</name>
    <message>
        <source>Places</source>
        <translation>Аумақтар</translation>
    </message>
</context>
<context>
    <name>RegionTreeModel</name>
    <message>
        <source>Place</source>
        <extracomment>The unit&apos;s index in the UnitTable.</extracomment>
        <translation>Аумақ</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Election fingerprint</source>
        <translation>Сайлау «саусақ ізі»</translation>
    </message>
    <message>
        <source>{0} stations, 1-point cells, weighted by registered voters</source>
        <translation>учаскелер: {0}, 1 пункттық ұяшықтар, сайлаушылар санымен өлшенген</translation>
    </message>
    <message>
        <source>Election fingerprint (derived): the stations&apos; registered voters by turnout (across) and the leader&apos;s share of ballots cast (up), in 1-point cells; the darker a cell, the more voters (log scale). Honest elections usually show one roughly round cloud; a smear towards the top right corner (high turnout with a high leader&apos;s share) is the pattern ballot stuffing leaves, but regions that vote differently can make it too: a reason to look, not proof.</source>
        <translation>Сайлау «саусақ ізі» (есептелген): учаскелердің сайлаушылары келу (көлденең) және берілген бюллетеньдердегі көшбасшы үлесі (тік) бойынша, 1 пункттық ұяшықтарда; ұяшық неғұрлым қою болса, соғұрлым сайлаушы көп (логарифмдік шкала). Адал сайлау әдетте бір шамамен дөңгелек бұлт береді; жоғарғы оң бұрышқа созылған із (жоғары келу мен жоғары көшбасшы үлесі бірге) бюллетень салу қалдыратын белгі, бірақ оны басқаша дауыс беретін өңірлер де беруі мүмкін: бұл қарауға себеп, дәлел емес.</translation>
    </message>
    <message>
        <source>{0} at 99.95% and above, cut at the top</source>
        <translation>{0} — 99,95% және одан жоғары, жоғарыдан қиылған</translation>
    </message>
    <message>
        <source>Turnout across stations</source>
        <translation>Учаскелер бойынша келу</translation>
    </message>
    <message>
        <source>Leader&apos;s share across stations</source>
        <translation>Учаскелер бойынша көшбасшы үлесі</translation>
    </message>
    <message>
        <source>Turnout, %</source>
        <translation>Келу, %</translation>
    </message>
    <message>
        <source>Leader&apos;s share of ballots cast, %</source>
        <translation>Көшбасшының берілген бюллетеньдердегі үлесі, %</translation>
    </message>
    <message>
        <source>{0} stations, 0.1-point bins</source>
        <translation>учаскелер: {0}, 0,1 пункттық аралықтар</translation>
    </message>
    <message>
        <source>Histograms (derived): stations in each 0.1-point bin of turnout and of the leader&apos;s share of ballots cast, from 0 to 100% (the last bin: 99.95% and above), the same stations as above. By chance each is a smooth hump, ragged where stations are few; tall spikes at whole percents (the small ticks) or a pile-up at 100% are what the whole-percent and flagged counts above measure.</source>
        <translation>Гистограммалар (есептелген): келу мен көшбасшының берілген бюллетеньдердегі үлесінің әр 0,1 пункттық аралығындағы учаскелер саны, 0-ден 100%-ға дейін (соңғы аралық — 99,95% және одан жоғары), жоғарыдағы учаскелер бойынша. Кездейсоқ жағдайда әрқайсысы — тегіс өркеш, учаскелер аз жерде біркелкі емес; бүтін пайыздардағы биік шыңдар (кіші белгілер) немесе 100%-дағы жиналу — жоғарыдағы бүтін пайыздар мен белгіленген учаскелер санаулары өлшейтін нәрсе.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Нұсқа</translation>
    </message>
    <message>
        <source>exhausted</source>
        <translation>таусылды</translation>
    </message>
    <message>
        <source>residual surplus (lost to rounding)</source>
        <translation>артық дауыстың қалдығы (дөңгелектеуде жоғалды)</translation>
    </message>
    <message>
        <source>After round {0}, the surplus of {1} ({2} votes) went: {3}.</source>
        <translation>{0}-турдан кейін {1} артық дауыстары ({2}) берілді: {3}.</translation>
    </message>
    <message>
        <source>Ranked-choice rounds</source>
        <translation>Рейтингтік дауыс беру турлары</translation>
    </message>
    <message>
        <source>{0} rounds, {1} to elect</source>
        <translation>турлар: {0}, сайланады: {1}</translation>
    </message>
    <message>
        <source>Votes per round, their share of the round&apos;s continuing ballots (derived by electview) and the votes gained (+) or given up (−) after it, as the tabulator reports them; a blank cell: no longer in the count.</source>
        <translation>Турлар бойынша дауыстар, олардың сол турда санауда қалған бюллетеньдердегі үлесі (electview есептеген) және турдан кейін алынған (+) не берілген (−) дауыстар, санау бағдарламасы бергендей; бос ұяшық: кандидат санаудан шықты.</translation>
    </message>
    <message>
        <source>Transfers between the rounds of {0}</source>
        <translation>Турлар арасындағы дауыс аударымдары: {0}</translation>
    </message>
    <message>
        <source>Transfers: rounds left to right (numbered below), each candidate&apos;s ballots as a bar sized by votes, bands for the votes kept and transferred, grey for inactive ballots; colours as in the tables.</source>
        <translation>Аударымдар: турлар солдан оңға (нөмірлері төменде), әр кандидаттың бюллетеньдері — дауыс санына сай баған, жолақтар — сақталған және аударылған дауыстар, сұр — белсенді емес бюллетеньдер; түстер кестелердегідей.</translation>
    </message>
    <message>
        <source>Continuing ballots</source>
        <translation>Санаудағы бюллетеньдер</translation>
    </message>
    <message>
        <source>Inactive ballots</source>
        <translation>Белсенді емес бюллетеньдер</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Шек</translation>
    </message>
    <message>
        <source>Elected</source>
        <translation>Сайланды</translation>
    </message>
    <message>
        <source>Eliminated</source>
        <translation>Шықты</translation>
    </message>
    <message>
        <source>Round {0}</source>
        <translation>{0}-тур</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Аударым</translation>
    </message>
    <message>
        <source>inactive ballots</source>
        <translation>белсенді емес бюллетеньдер</translation>
    </message>
    <message>
        <source>country or jurisdiction not stated</source>
        <extracomment>HTML put after contest *n*&apos;s section: the comparison with earlier results (``core.report_compare.ReportComparison.section_html``), or None for no comparison.</extracomment>
        <translation>ел немесе аумақ көрсетілмеген</translation>
    </message>
    <message>
        <source>date not stated</source>
        <translation>күні көрсетілмеген</translation>
    </message>
    <message>
        <source>round {0}</source>
        <translation>{0}-тур</translation>
    </message>
    <message>
        <source>status of these results</source>
        <translation>осы нәтижелердің мәртебесі</translation>
    </message>
    <message>
        <source>the source does not say how final these results are</source>
        <translation>дереккөз бұл нәтижелердің қаншалықты түпкілікті екенін айтпайды</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>көрсетілмеген</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Дереккөз</translation>
    </message>
    <message>
        <source>Announced by</source>
        <translation>Жариялаған</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>Жарияланған уақыты</translation>
    </message>
    <message>
        <source>Cited via</source>
        <translation>Кім арқылы</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжай</translation>
    </message>
    <message>
        <source>Input file</source>
        <translation>Кіріс файлы</translation>
    </message>
    <message>
        <source>file could not be read</source>
        <translation>файлды оқу мүмкін болмады</translation>
    </message>
    <message>
        <source>none (not read from a file)</source>
        <translation>жоқ (файлдан оқылмаған)</translation>
    </message>
    <message>
        <source>{0} by electview {1}</source>
        <translation>{0}, electview {1}</translation>
    </message>
    <message>
        <source>Report generated</source>
        <translation>Есеп жасалды</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Деректердің шығу тегі</translation>
    </message>
    <message>
        <source>unknown (not reported)</source>
        <translation>белгісіз (жарияланбаған)</translation>
    </message>
    <message>
        <source>derived by electview: {0}</source>
        <translation>electview есептеді: {0}</translation>
    </message>
    <message>
        <source>as reported</source>
        <translation>жарияланғандай</translation>
    </message>
    <message>
        <source>Turnout</source>
        <translation>Қатысу</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Анықтама</translation>
    </message>
    <message>
        <source>not stated by the source</source>
        <translation>дереккөз көрсетпеген</translation>
    </message>
    <message>
        <source>Registered voters</source>
        <translation>Тіркелген сайлаушылар</translation>
    </message>
    <message>
        <source>Ballots cast</source>
        <translation>Берілген бюллетеньдер</translation>
    </message>
    <message>
        <source>Valid votes</source>
        <translation>Жарамды дауыстар</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>белгісіз</translation>
    </message>
    <message>
        <source>Total valid votes</source>
        <translation>Барлық жарамды дауыстар</translation>
    </message>
    <message>
        <source>{0} (not in the shares)</source>
        <translation>{0} (үлестерге кірмейді)</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Үміткер</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Партия</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Дауыстар</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Үлес</translation>
    </message>
    <message>
        <source>Votes for {0} of {1} candidates were not reported; electview estimated them as {2}.</source>
        <translation>{1} үміткердің {0} үміткерінің дауыстары жарияланбаған; electview оларды былай бағалады: {2}.</translation>
    </message>
    <message>
        <source>Shares the source did not give are computed by electview: the candidate&apos;s votes ÷ total valid votes.</source>
        <translation>Дереккөз бермеген үлестерді electview есептеді: үміткердің дауыстары ÷ барлық жарамды дауыстар.</translation>
    </message>
    <message>
        <source>Total derived by electview: {0}.</source>
        <translation>Жиынтықты electview есептеді: {0}.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Ескерту</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <source>vote for {0}</source>
        <translation>{0} орынға дауыс беріледі</translation>
    </message>
    <message>
        <source>Scope: {0}</source>
        <translation>Аумақ: {0}</translation>
    </message>
    <message>
        <source>Reporting: {0} of {1} units</source>
        <translation>Есеп берген учаскелер: {0}, барлығы {1}</translation>
    </message>
    <message>
        <source>Share of valid votes; colours as in the table&apos;s first column.</source>
        <translation>Жарамды дауыстардағы үлес; түстер кестенің бірінші бағанындағыдай.</translation>
    </message>
    <message>
        <source>± : no finer than the shares, given to {0} decimals.</source>
        <translation>± — үтірден кейін {0} таңбаға дейін берілген үлестерден дәл емес.</translation>
    </message>
    <message>
        <source>Share of votes (each voter had up to {0}); colours as in the table&apos;s first column.</source>
        <translation>Дауыстардағы үлес (әр сайлаушыда {0} дауысқа дейін); түстер кестенің бірінші бағанындағыдай.</translation>
    </message>
    <message>
        <source>Hatched slices rest on estimated votes.</source>
        <translation>Штрихталған секторлар бағаланған дауыстарға негізделген.</translation>
    </message>
    <message>
        <source>Pie chart of votes in {0}</source>
        <translation>Дауыстардың дөңгелек диаграммасы: {0}</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <source>Commentary</source>
        <translation>Пікірлер</translation>
    </message>
    <message>
        <source>Shares are percentages of valid votes, shown to two decimal places. Reported shares are printed as the source gave them, so they need not add up to exactly 100%; estimated votes are rounded to whole votes.</source>
        <translation>Үлестер — жарамды дауыстардың пайызы, үтірден кейін екі таңбамен көрсетілген. Жарияланған үлестер дереккөз бергендей басылған, сондықтан олардың қосындысы дәл 100% болмауы мүмкін; бағаланған дауыстар бүтін санға дейін дөңгелектелген.</translation>
    </message>
    <message>
        <source>About these figures</source>
        <translation>Осы сандар туралы</translation>
    </message>
    <message>
        <source>Page {0} of {1}</source>
        <translation>{0}-бет, барлығы {1}</translation>
    </message>
    <message>
        <source>generated {0}</source>
        <translation>жасалды {0}</translation>
    </message>
    <message>
        <source>Comparison with {0} ({1})</source>
        <translation>Салыстыру: {0} ({1})</translation>
    </message>
    <message>
        <source>The compared results have no contest {0} for this place, so there is nothing to compare.</source>
        <translation>Салыстырылатын нәтижелерде осы жер үшін «{0}» сайлау науқаны жоқ, салыстыратын ештеңе жоқ.</translation>
    </message>
    <message>
        <source>Contest</source>
        <translation>Сайлау науқаны</translation>
    </message>
    <message>
        <source>Election date</source>
        <translation>Сайлау күні</translation>
    </message>
    <message>
        <source>Compared results</source>
        <translation>Салыстырылатын нәтижелер</translation>
    </message>
    <message>
        <source>rose above {0}</source>
        <translation>{0} деңгейінен асты</translation>
    </message>
    <message>
        <source>fell to {0} or below</source>
        <translation>{0} не одан төмен түсті</translation>
    </message>
    <message>
        <source>Old votes</source>
        <translation>Дауыстар бұрын</translation>
    </message>
    <message>
        <source>New votes</source>
        <translation>Дауыстар қазір</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Өзгеріс</translation>
    </message>
    <message>
        <source>Old share</source>
        <translation>Үлес бұрын</translation>
    </message>
    <message>
        <source>New share</source>
        <translation>Үлес қазір</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Пайыздық тармақ</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Орын</translation>
    </message>
    <message>
        <source>Majority ({0})</source>
        <translation>Көпшілік ({0})</translation>
    </message>
    <message>
        <source>the same name in another spelling</source>
        <translation>басқаша жазылған сол аты</translation>
    </message>
    <message>
        <source>a similar name</source>
        <translation>ұқсас аты</translation>
    </message>
    <message>
        <source>party</source>
        <translation>партия</translation>
    </message>
    <message>
        <source>the candidate mapping</source>
        <translation>берілген үміткерлер сәйкестігі</translation>
    </message>
    <message>
        <source>{0} (old) is {1} (new): matched by {2}.</source>
        <translation>{0} (бұрын) — бұл {1} (қазір): {2} бойынша сәйкестендірілді.</translation>
    </message>
    <message>
        <source>{0} rose above the {1} majority threshold ({2} → {3}).</source>
        <translation>{0}: үлесі {1} көпшілік шегінен асты ({2} → {3}).</translation>
    </message>
    <message>
        <source>{0} fell to or below the {1} majority threshold ({2} → {3}).</source>
        <translation>{0}: үлесі {1} көпшілік шегіне дейін не одан төмен түсті ({2} → {3}).</translation>
    </message>
    <message>
        <source>Only in the old results: {0}.</source>
        <translation>Тек бұрынғы нәтижелерде: {0}.</translation>
    </message>
    <message>
        <source>Only in the new results: {0}.</source>
        <translation>Тек жаңа нәтижелерде: {0}.</translation>
    </message>
    <message>
        <source>Kept apart by the candidate mapping (matched to no one): {0}.</source>
        <translation>Берілген үміткерлер сәйкестігі бойынша ешкіммен сәйкестендірілмеді: {0}.</translation>
    </message>
    <message>
        <source>Turnout: {0} → {1} ({2} points).</source>
        <translation>Қатысу: {0} → {1} ({2} пайыздық тармақ).</translation>
    </message>
    <message>
        <source>Estimated by electview from the reported shares; changes in those votes are estimates too.</source>
        <translation>electview жарияланған үлестер бойынша бағалады; бұл дауыстардың өзгерістері де бағалау.</translation>
    </message>
    <message>
        <source>Old total derived by electview: {0}.</source>
        <translation>Бұрынғы жиынтықты electview есептеді: {0}.</translation>
    </message>
    <message>
        <source>New total derived by electview: {0}.</source>
        <translation>Жаңа жиынтықты electview есептеді: {0}.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>Map: {0}</source>
        <translation>Карта: {0}</translation>
    </message>
    <message>
        <source>{0} of {1} stations; chance gives {2} ± {3} (excess {4}, p = {5})</source>
        <translation>{1} учаскенің {0}; кездейсоқ күтілетіні {2} ± {3} (артығы {4}, p = {5})</translation>
    </message>
    <message>
        <source>{0} left out: no registered voters or no ballots</source>
        <translation>{0} есепке алынбады: тізімде сайлаушы немесе бюллетень жоқ</translation>
    </message>
    <message>
        <source>Stations checked</source>
        <translation>Тексерілген учаскелер</translation>
    </message>
    <message>
        <source>Leader across them</source>
        <translation>Осы учаскелердегі көшбасшы</translation>
    </message>
    <message>
        <source>Turnout: median (middle half of stations)</source>
        <translation>Келу: медиана (учаскелердің ортаңғы жартысы)</translation>
    </message>
    <message>
        <source>Leader&apos;s share: median (middle half of stations)</source>
        <translation>Көшбасшы үлесі: медиана (учаскелердің ортаңғы жартысы)</translation>
    </message>
    <message>
        <source>Turnout at a whole percent (1-99%)</source>
        <translation>Келу бүтін пайызда (1–99%)</translation>
    </message>
    <message>
        <source>Leader&apos;s share at a whole percent (1-99%)</source>
        <translation>Көшбасшы үлесі бүтін пайызда (1–99%)</translation>
    </message>
    <message>
        <source>Turnout at a multiple of 5%</source>
        <translation>5%-ға еселі келу</translation>
    </message>
    <message>
        <source>Leader&apos;s share at a multiple of 5%</source>
        <translation>5%-ға еселі көшбасшы үлесі</translation>
    </message>
    <message>
        <source>Last digits of the vote counts of 100 or more</source>
        <translation>100-ден бастап дауыс сандарының соңғы цифрлары</translation>
    </message>
    <message>
        <source>{0} counts: chi-square {1}, p = {2}</source>
        <translation>{0} сан: хи-квадрат {1}, p = {2}</translation>
    </message>
    <message>
        <source>Flagged stations</source>
        <translation>Белгіленген учаскелер</translation>
    </message>
    <message>
        <source>Integrity checks (derived)</source>
        <translation>Тұтастық тексерулері (есептелген)</translation>
    </message>
    <message>
        <source>Every figure here is derived by electview from the stations&apos; registered voters, ballots and votes; none is in the file. Whole percents: stations of 100 voters or more whose turnout or leader&apos;s share is the count nearest a whole percent, against the number chance gives for stations of those sizes. A result far from chance (a small p) is a reason to look at those stations, not proof of fraud.</source>
        <translation>Мұндағы барлық көрсеткішті electview учаскелердің сайлаушылары, бюллетеньдері мен дауыстарынан есептеген; олар файлда жоқ. Бүтін пайыздар: 100 және одан көп сайлаушысы бар, келуі немесе көшбасшы үлесі бүтін пайызға ең жақын сан болатын учаскелер осындай көлемдегі учаскелер үшін кездейсоқ күтілетін санмен салыстырылады. Кездейсоқтықтан алыс нәтиже (кіші p) — бұл учаскелерге мұқият қарауға себеп, бұрмалаудың дәлелі емес.</translation>
    </message>
    <message>
        <source>Seed {0}, {1} simulations; electview integrity FILE gives the same.</source>
        <translation>Тұқым {0}, модельдеу саны: {1}; electview integrity ФАЙЛ дәл осыны береді.</translation>
    </message>
    <message>
        <source>+{0} more: {1} votes, {2} together</source>
        <translation>+тағы {0}: {1} дауыс, барлығы {2}</translation>
    </message>
    <message>
        <source>Hatched bars rest on estimated votes.</source>
        <translation>Штрихталған бағандар бағаланған дауыстарға негізделген.</translation>
    </message>
    <message>
        <source>Bar chart of votes in {0}</source>
        <translation>Дауыстардың бағаналы диаграммасы: {0}</translation>
    </message>
</context>
<context>
    <name>ReportLanguageMenu</name>
    <message>
        <source>Second &amp;Language in Reports</source>
        <translation>Есептердегі екінші &amp;тіл</translation>
    </message>
    <message>
        <source>Print headings, labels and names in a second language too</source>
        <translation>Тақырыптарды, белгілерді және аттарды екінші тілде де басып шығару</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>&amp;Жоқ</translation>
    </message>
</context>
<context>
    <name>Source</name>
    <message>
        <source>announced by {0}</source>
        <translation>жариялаған: {0}</translation>
    </message>
    <message>
        <source>via {0}</source>
        <translation>дереккөзі: {0}</translation>
    </message>
    <message>
        <source>source not stated</source>
        <translation>дереккөз көрсетілмеген</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>PRELIMINARY</source>
        <translation>АЛДЫН АЛА</translation>
    </message>
    <message>
        <source>UNOFFICIAL</source>
        <translation>РЕСМИ ЕМЕС</translation>
    </message>
    <message>
        <source>FINAL</source>
        <translation>ТҮПКІЛІКТІ</translation>
    </message>
    <message>
        <source>CERTIFIED</source>
        <translation>БЕКІТІЛГЕН</translation>
    </message>
    <message>
        <source>PRE-ELECTION</source>
        <translation>САЙЛАУҒА ДЕЙІН</translation>
    </message>
    <message>
        <source>STATUS UNKNOWN</source>
        <translation>МӘРТЕБЕСІ БЕЛГІСІЗ</translation>
    </message>
</context>
<context>
    <name>ThemeController</name>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Тақырып</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>&amp;Жүйедегідей</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Ашық</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Қараңғы</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>&amp;Жоғары контраст</translation>
    </message>
</context>
<context>
    <name>TimelineBar</name>
    <message>
        <source>History</source>
        <translation>Тарих</translation>
    </message>
    <message>
        <source>Snapshot timeline</source>
        <translation>Нұсқалар уақыт шкаласы</translation>
    </message>
    <message>
        <source>Snapshot shown</source>
        <translation>Көрсетілген нұсқа</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Соңғысы</translation>
    </message>
    <message>
        <source>Show the newest version and follow new ones</source>
        <translation>Ең жаңа нұсқаны көрсету және жаңаларын бақылау</translation>
    </message>
    <message>
        <source>no versions yet</source>
        <translation>әзірге нұсқалар жоқ</translation>
    </message>
    <message>
        <source>{0} of {1} · {2}</source>
        <translation>{1} ішінен {0} · {2}</translation>
    </message>
    <message>
        <source>Drag to replay the count: table, pie and header as they were at each version</source>
        <translation>Санауды қайта көрсету үшін сүйреңіз: кесте, диаграмма және тақырып әр нұсқадағыдай</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ашу…</translation>
    </message>
    <message>
        <source>Open a results file</source>
        <translation>Нәтижелер файлын ашу</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Соңғы файлдар</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Қайта оқу</translation>
    </message>
    <message>
        <source>Read the open file again</source>
        <translation>Ашық файлды қайта оқу</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Жабу</translation>
    </message>
    <message>
        <source>Close the open results</source>
        <translation>Ашық нәтижелерді жабу</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>Quit electview</source>
        <translation>electview-ден шығу</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <source>{ballots} ballots cast exceed {registered} registered voters.</source>
        <translation>берілген бюллетеньдер ({ballots}) тіркелген сайлаушылардан ({registered}) көп.</translation>
    </message>
    <message>
        <source>{valid} valid votes exceed {ballots} ballots cast (up to {seats} votes per ballot).</source>
        <translation>жарамды дауыстар ({valid}) берілген бюллетеньдер ({ballots}, бір бюллетеньде {seats} дауысқа дейін) сыйғызатыннан көп.</translation>
    </message>
    <message>
        <source>{valid} valid votes exceed {ballots} ballots cast.</source>
        <translation>жарамды дауыстар ({valid}) берілген бюллетеньдерден ({ballots}) көп.</translation>
    </message>
    <message>
        <source>reported turnout {turnout} but {ballots} ballots of {registered} registered is {computed}.</source>
        <translation>жарияланған келу — {turnout}, бірақ {registered} тіркелген сайлаушыға {ballots} бюллетень — бұл {computed}.</translation>
    </message>
    <message>
        <source>{name}: reported share {share} but {votes} votes are {computed} of {valid}.</source>
        <translation>{name}: жарияланған үлес — {share}, бірақ {votes} дауыс {valid} дауыстың {computed} құрайды.</translation>
    </message>
    <message>
        <source>{names} and {count} more</source>
        <translation>{names} және тағы {count}</translation>
    </message>
    <message>
        <source>the reported shares sum to {total}%, not 100% ({difference} points).</source>
        <translation>жарияланған үлестердің қосындысы {total}%, 100% емес ({difference} п. т.).</translation>
    </message>
    <message>
        <source>{name}'s {given} is most likely {corrected}: that alone brings the sum to {total}%.</source>
        <translation>{name} үшін {given} көрсеткіші, бәлкім, {corrected}: осы түзетудің өзі қосындыны {total}% етеді.</translation>
    </message>
    <message>
        <source>Likeliest slip: {name}'s {given} for {corrected} (sum {total}%); as likely: {alternatives}.</source>
        <translation>Ең ықтимал қате: {name} үшін {corrected} орнына {given} (қосынды {total}%); дәл солай ықтимал: {alternatives}.</translation>
    </message>
    <message>
        <source>{name}'s {given} for {corrected}</source>
        <translation>{name} үшін {corrected} орнына {given}</translation>
    </message>
    <message>
        <source>{valid} valid votes on {ballots} ballots cast: the file doesn't say how many votes each voter had, but in every place counted the votes fit {count} a ballot, so this reads as a contest of {count} or more votes each (derived); its shares are of votes, not of voters.</source>
        <translation>{valid} жарамды дауыс, {ballots} берілген бюллетень: файлда әр сайлаушының неше дауысы болғаны айтылмаған, бірақ әр учаскеде дауыстар бір бюллетеньге {count} дауыстан аспайды, сондықтан бұл әр сайлаушыда {count} не одан көп дауыс болған сайлау сияқты (есептелген); үлестер сайлаушылардың емес, дауыстардың үлесі.</translation>
    </message>
    <message>
        <source>votes for {estimated} of {candidates} candidates were not reported; electview estimated them as {how}.</source>
        <translation>{candidates} үміткердің {estimated} дауыстары жарияланбаған; electview оларды былай бағалады: {how}.</translation>
    </message>
    <message>
        <source>no votes or share reported for {0}.</source>
        <translation>мыналар үшін дауыс та, үлес те жарияланбаған: {0}.</translation>
    </message>
    <message>
        <source>{0} Added by the file&apos;s editor, not in the source it cites: {1}</source>
        <translation>{0} Файлды құрастырушы қосқан, сілтеме жасалған дереккөзде жоқ: {1}</translation>
    </message>
    <message>
        <source>{0}&apos;s {1} “{2}”</source>
        <translation>{1} «{2}» ({0})</translation>
    </message>
    <message>
        <source>party</source>
        <translation>партия</translation>
    </message>
    <message>
        <source>description</source>
        <translation>сипаттама</translation>
    </message>
    <message>
        <source>role</source>
        <translation>лауазым</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>ұйым</translation>
    </message>
    <message>
        <source>outlet</source>
        <translation>басылым</translation>
    </message>
    <message>
        <source>date</source>
        <translation>күні</translation>
    </message>
    <message>
        <source>Ranked-choice count in {0} rounds: the table shows the final round; candidates eliminated earlier have 0 there, as the tabulator reports it.</source>
        <translation>Рейтингтік санау, турлар саны: {0}; кестеде соңғы тур көрсетілген; ертерек шыққан кандидаттарда онда 0, санау бағдарламасының есебіндегідей.</translation>
    </message>
</context>
<context>
    <name>compare</name>
    <message>
        <source>Later, {label}: {details}</source>
        <translation>Кейін, {label}: {details}</translation>
    </message>
    <message>
        <source>{0} (new)</source>
        <extracomment>Names at least this similar (0–1, spelling-neutral) are the same person. With the same party, a weaker name likeness is enough (&quot;K. Tokayev&quot; and &quot;Kassym-Jomart Tokayev&quot;).</extracomment>
        <translation>{0} (жаңа)</translation>
    </message>
    <message>
        <source>{0} (gone)</source>
        <translation>{0} (шықты)</translation>
    </message>
    <message>
        <source>up {0}</source>
        <translation>{0} жоғары</translation>
    </message>
    <message>
        <source>down {0}</source>
        <translation>{0} төмен</translation>
    </message>
    <message>
        <source>your mapping</source>
        <translation>сіздің сәйкестендіруіңіз</translation>
    </message>
    <message>
        <source>the same name in another spelling</source>
        <translation>басқаша жазылған сол аты</translation>
    </message>
    <message>
        <source>a similar name</source>
        <translation>ұқсас аты</translation>
    </message>
    <message>
        <source>party</source>
        <translation>партия</translation>
    </message>
    <message>
        <source>Not in {0}</source>
        <translation>Салыстыруда жоқ: {0}</translation>
    </message>
    <message>
        <source>{old} → {new} ({points} points)</source>
        <translation>{old} → {new} ({points} п. т.)</translation>
    </message>
    <message>
        <source>votes {old} → {new} ({change})</source>
        <translation>дауыстар {old} → {new} ({change})</translation>
    </message>
    <message>
        <source>rank {0}</source>
        <translation>орын {0}</translation>
    </message>
    <message>
        <source>{name} in {label}, matched by {how}</source>
        <translation>{name} — салыстыруда: {label}; сәйкестендіру: {how}</translation>
    </message>
    <message>
        <source>rose above {0}</source>
        <translation>{0} деңгейінен асты</translation>
    </message>
    <message>
        <source>fell to or below {0}</source>
        <translation>{0} деңгейіне дейін немесе төмен түсті</translation>
    </message>
    <message>
        <source>Since {label}: {details}</source>
        <translation>Салыстыру ({label}): {details}</translation>
    </message>
</context>
<context>
    <name>live</name>
    <message>
        <source>Data changed {0}</source>
        <translation>Деректер өзгерді {0}</translation>
    </message>
    <message>
        <source>{0}: the server's Last-Modified time.</source>
        <translation>{0}: сервер хабарлаған Last-Modified уақыты.</translation>
    </message>
    <message>
        <source>{0}: the file's modification time.</source>
        <translation>{0}: файлдың өзгертілген уақыты.</translation>
    </message>
    <message>
        <source>{0}: when electview first saw this version (the server gave no time).</source>
        <translation>{0}: electview бұл нұсқаны алғаш көрген уақыт (сервер уақытты хабарламады).</translation>
    </message>
    <message>
        <source>First seen by electview at {0}.</source>
        <translation>electview бұл нұсқаны алғаш көрген уақыт: {0}.</translation>
    </message>
    <message>
        <source>The results themselves say they were announced: {0}.</source>
        <translation>Нәтижелердің өзінде жарияланған уақыты: {0}.</translation>
    </message>
    <message>
        <source>seen {0} · {1}</source>
        <translation>алынды {0} · {1}</translation>
    </message>
</context>
<context>
    <name>majority</name>
    <message>
        <source>valid votes</source>
        <translation>жарамды дауыстар</translation>
    </message>
    <message>
        <source>ballots cast</source>
        <translation>берілген бюллетеньдер</translation>
    </message>
    <message>
        <source>invalid and blank ballots</source>
        <translation>жарамсыз және бос бюллетеньдер</translation>
    </message>
    <message>
        <source>ballots cast but not counted</source>
        <translation>берілген, бірақ саналмаған бюллетеньдер</translation>
    </message>
    <message>
        <source>No candidate has votes yet.</source>
        <translation>Әзірге бірде-бір үміткерде дауыс жоқ.</translation>
    </message>
    <message>
        <source>Every candidate with votes is elected: {0}.</source>
        <translation>Дауыс алған барлық кандидат сайланды: {0}.</translation>
    </message>
    <message>
        <source>Every candidate with votes leads for a seat: {0}.</source>
        <translation>Дауыс алған барлық кандидат орын үшін алда: {0}.</translation>
    </message>
    <message>
        <source>How many votes remain is not known: no registered voters or expected total given.</source>
        <translation>Қанша дауыс қалғаны белгісіз: тіркелген сайлаушылар саны да, күтілетін жалпы сан да берілмеген.</translation>
    </message>
    <message>
        <source>How many votes remain is not known: the valid votes counted are not reported.</source>
        <translation>Қанша дауыс қалғаны белгісіз: саналған жарамды дауыстар хабарланбаған.</translation>
    </message>
    <message>
        <source>More valid votes are counted than there are registered voters, so the votes still to come can&apos;t be bounded.</source>
        <translation>Тіркелген сайлаушылардан көп жарамды дауыс саналған, сондықтан қалған дауыстарды шектеу мүмкін емес.</translation>
    </message>
    <message>
        <source>No winner can be named yet: {0}.</source>
        <translation>Жеңімпазды әзірге атау мүмкін емес: {0}.</translation>
    </message>
    <message>
        <source>The expected {0} valid votes are fewer than the {1} already counted, so they bound nothing.</source>
        <translation>Күтілетін {0} жарамды дауыс саналған {1} дауыстан аз, сондықтан ештеңені шектемейді.</translation>
    </message>
    <message>
        <source>Votes still to come: {0}. Needed: more than (votes still to come + lead) ÷ 2 = ({1} + {2}) ÷ 2, so that {3} is ahead even if every other vote still to come goes to {4}; as a share of the votes still to come, 0–100%.</source>
        <translation>Қалған дауыстар: {0}. Қажеті: (қалған дауыстар + алшақтық) ÷ 2 = ({1} + {2}) ÷ 2 шамасынан көп, сонда қалған өзге дауыстың бәрі {4} кандидатқа кетсе де, {3} алда болады; қалған дауыстардың үлесі ретінде, 0–100%.</translation>
    </message>
    <message>
        <source>expected valid votes {0} − valid votes counted {1} = {2}</source>
        <translation>күтілетін жарамды дауыстар {0} − саналған жарамды дауыстар {1} = {2}</translation>
    </message>
    <message>
        <source>registered voters {0} − valid votes counted {1} = at most {2}</source>
        <translation>тіркелген сайлаушылар {0} − саналған жарамды дауыстар {1} = ең көбі {2}</translation>
    </message>
    <message>
        <source>{0} and {1}</source>
        <translation>{0} және {1}</translation>
    </message>
    <message>
        <source>{0} are tied on {1} within the ballots counted: no one leads.</source>
        <translation>{0} саналған бюллетеньдерде тең, {1}: ешкім алда емес.</translation>
    </message>
    <message>
        <source>{0} are tied on {1}: no one wins on the count; the law decides (e.g. by lot).</source>
        <translation>{0} тең, {1}: санау бойынша ешкім жеңбейді; заң шешеді (мысалы, жеребе).</translation>
    </message>
    <message>
        <source>{0} each on the reported shares</source>
        <translation>хабарланған үлестер бойынша әрқайсысында {0}</translation>
    </message>
    <message>
        <source>{0} is the only candidate with votes counted so far.</source>
        <translation>{0} — әзірге дауысы саналған жалғыз кандидат.</translation>
    </message>
    <message>
        <source>{0} leads with {1} of valid votes on the reported shares; its own vote count is an estimate, so no bound can be given.</source>
        <translation>{0} хабарланған үлестер бойынша жарамды дауыстардың {1} алып алда; көшбасшының өз дауыс саны бағалау, сондықтан шекара беру мүмкін емес.</translation>
    </message>
    <message>
        <source>{0} leads with {1} of valid votes, {2} points ahead of {3}, not above the {4} threshold of {5}.</source>
        <translation>{0} жарамды дауыстардың {1} алып алда ({3} кандидаттан алшақтық: {2} т.), {5} {4} шегінен жоғары емес.</translation>
    </message>
    <message>
        <source>{0} leads with {1} of valid votes; {2}.</source>
        <translation>{0} жарамды дауыстардың {1} алып алда; {2}.</translation>
    </message>
    <message>
        <source>{0} leads {1} by {2} votes, more than the {3} votes still to come could undo: the lead stands.</source>
        <translation>{0} алда, {1} {2} дауысқа қалып келеді — бұл қалған {3} дауыс өзгерте алатыннан көп: көшбасшылық сақталады.</translation>
    </message>
    <message>
        <source>{0} leads {1} by {2} votes; {1} would need at least {3} of the at most {4} votes still to come to overtake.</source>
        <translation>{0} алда, {1} {2} дауысқа қалып келеді; озу үшін {1} қалған ең көбі {4} дауыстың кемінде {3} алуы керек.</translation>
    </message>
    <message>
        <source>{0} leads {1} by {2} votes; {1} would need {3} of the {4} votes still to come to overtake.</source>
        <translation>{0} алда, {1} {2} дауысқа қалып келеді; озу үшін {1} қалған {4} дауыстың {3} алуы керек.</translation>
    </message>
    <message>
        <source>{0} votes are a majority of any total below {1}</source>
        <translation>{0} дауыс — {1} шамасынан аз кез келген жалпы санның көпшілігі</translation>
    </message>
    <message>
        <source>{0} votes are more than {1} of any total of {2} below {3}</source>
        <translation>{0} дауыс — {3} шамасынан аз кез келген {2} санының {1} астамы</translation>
    </message>
    <message>
        <source>{0} votes each</source>
        <translation>әрқайсысында {0} дауыс</translation>
    </message>
    <message>
        <source>{0} wins with {1} of valid votes, the only candidate with votes; the results are final.</source>
        <translation>{0} дауыс алған жалғыз кандидат ретінде жарамды дауыстардың {1} алып жеңеді; қорытынды түпкілікті.</translation>
    </message>
    <message>
        <source>{0} wins with {1} of valid votes, {2} votes ({3} points) ahead of {4}; the results are final, so the outcome stands.</source>
        <translation>{0} жарамды дауыстардың {1} алып жеңеді ({4} кандидаттан алшақтық: {2} дауыс, {3} т.); қорытынды түпкілікті, нәтиже өзгермейді.</translation>
    </message>
    <message>
        <source>{0} × 100 ÷ {1} = {2}: whatever the rest of the count, {3} stays above {1}% while the total stays below it.</source>
        <translation>{0} × 100 ÷ {1} = {2}: қалған санау қалай өтсе де, жалпы сан осыдан аз болғанда {3} кандидатта {1}% астам болады.</translation>
    </message>
    <message>
        <source>{0} leads with {1} of valid votes.</source>
        <translation>{0} жарамды дауыстардың {1} алып алда.</translation>
    </message>
    <message>
        <source>{0} is elected, as the file declares, with {1} of valid votes in these figures.</source>
        <translation>{0} файлда жарияланғандай сайланды, бұл деректерде жарамды дауыстардың {1} алды.</translation>
    </message>
    <message>
        <source>Elected, as the file declares: {0}.</source>
        <translation>Файлда жарияланғандай сайланғандар: {0}.</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>{0} has more votes here, so these figures are not the deciding count (preferences or a later round decided it).</source>
        <translation>{0} мұнда көбірек дауыс алды, демек бұл деректер шешуші санақ емес (таңдаулар немесе келесі тур шешті).</translation>
    </message>
    <message>
        <source>No one is elected by these party totals: each seat is won in its own race.</source>
        <translation>Партиялардың осы жиынтық дауыстары бойынша ешкім сайланбайды: әр мандат өз округінде ойнатылады.</translation>
    </message>
    <message>
        <source>registered voters {0} − valid votes counted {1} − blank and invalid counted {2} = at most {3}</source>
        <translation>тіркелген сайлаушылар {0} − есептелген жарамды дауыстар {1} − есептелген бос және жарамсыз {2} = ең көбі {3}</translation>
    </message>
    <message>
        <source>{0} wins with {1} of valid votes, more than half: no run-off.</source>
        <translation>{0} жарамды дауыстардың {1} жинап жеңеді, жартысынан көбі: екінші тур жоқ.</translation>
    </message>
    <message>
        <source>{0} leads with {1} of valid votes, more than half within the ballots counted: no run-off if it holds.</source>
        <translation>{0} жарамды дауыстардың {1} жинап алда, саналған бюллетеньдер ішінде жартысынан көбі: осылай қалса, екінші тур болмайды.</translation>
    </message>
    <message>
        <source>{0} wins with {1} of valid votes, at least {2}%: no run-off.</source>
        <translation>{0} жарамды дауыстардың {1} жинап жеңеді, кемінде {2}%: екінші тур жоқ.</translation>
    </message>
    <message>
        <source>{0} leads with {1} of valid votes, at least {2}% within the ballots counted: no run-off if it holds.</source>
        <translation>{0} жарамды дауыстардың {1} жинап алда, саналған бюллетеньдер ішінде кемінде {2}%: осылай қалса, екінші тур болмайды.</translation>
    </message>
    <message>
        <source>No candidate has more than half of valid votes</source>
        <translation>Бірде-бір кандидатта жарамды дауыстардың жартысынан көбі жоқ</translation>
    </message>
    <message>
        <source>Within the ballots counted no candidate has more than half of valid votes</source>
        <translation>Саналған бюллетеньдер ішінде бірде-бір кандидатта жарамды дауыстардың жартысынан көбі жоқ</translation>
    </message>
    <message>
        <source>No candidate has {0}% of valid votes</source>
        <translation>Бірде-бір кандидатта жарамды дауыстардың {0}% жоқ</translation>
    </message>
    <message>
        <source>Within the ballots counted no candidate has {0}% of valid votes</source>
        <translation>Саналған бюллетеньдер ішінде бірде-бір кандидатта жарамды дауыстардың {0}% жоқ</translation>
    </message>
    <message>
        <source>{0}: {1} goes to the run-off; {2} are tied for the other place, which the law decides, not the count.</source>
        <translation>{0}: екінші турға {1} шығады; {2} екінші орынды бөліседі, оны санау емес, заң шешеді.</translation>
    </message>
    <message>
        <source>{0}: {1} are tied for the run-off&apos;s two places, which the law decides, not the count.</source>
        <translation>{0}: {1} екінші турдың екі орнын бөліседі, оларды санау емес, заң шешеді.</translation>
    </message>
    <message>
        <source>{0}: {1} and {2} go to a run-off.</source>
        <translation>{0}: екінші турға {1} және {2} шығады.</translation>
    </message>
    <message>
        <source>{0}: {1} and {2} would go to a run-off.</source>
        <translation>{0}: екінші турға {1} және {2} шығар еді.</translation>
    </message>
    <message>
        <source>{0} passes: {1} {2} of the votes on it, more than half.</source>
        <translation>{0}: қабылданды — «{1}» мәселе бойынша дауыстардың {2}, жартысынан көбі.</translation>
    </message>
    <message>
        <source>{0} passes: {1} {2} of the votes on it, at least the {3}% needed.</source>
        <translation>{0}: қабылданды — «{1}» мәселе бойынша дауыстардың {2}, қажетті {3}%-дан кем емес.</translation>
    </message>
    <message>
        <source>{0} fails: {1} {2} of the votes on it, not more than half.</source>
        <translation>{0}: қабылданбады — «{1}» мәселе бойынша дауыстардың {2}, жартысынан көп емес.</translation>
    </message>
    <message>
        <source>{0} fails: {1} {2} of the votes on it, below the {3}% needed.</source>
        <translation>{0}: қабылданбады — «{1}» мәселе бойынша дауыстардың {2}, қажетті {3}%-дан аз.</translation>
    </message>
    <message>
        <source>{0} is passing within the ballots counted: {1} {2} of the votes on it, more than half.</source>
        <translation>{0}: саналған бюллетеньдер ішінде қабылданып жатыр — «{1}» мәселе бойынша дауыстардың {2}, жартысынан көбі.</translation>
    </message>
    <message>
        <source>{0} is passing within the ballots counted: {1} {2} of the votes on it, at least the {3}% needed.</source>
        <translation>{0}: саналған бюллетеньдер ішінде қабылданып жатыр — «{1}» мәселе бойынша дауыстардың {2}, қажетті {3}%-дан кем емес.</translation>
    </message>
    <message>
        <source>{0} is failing within the ballots counted: {1} {2} of the votes on it, not more than half.</source>
        <translation>{0}: саналған бюллетеньдер ішінде қабылданбай жатыр — «{1}» мәселе бойынша дауыстардың {2}, жартысынан көп емес.</translation>
    </message>
    <message>
        <source>{0} is failing within the ballots counted: {1} {2} of the votes on it, below the {3}% needed.</source>
        <translation>{0}: саналған бюллетеньдер ішінде қабылданбай жатыр — «{1}» мәселе бойынша дауыстардың {2}, қажетті {3}%-дан аз.</translation>
    </message>
    <message>
        <source>At most {0} votes are still to come, fewer than the {1} between them: the {2} seat can no longer change.</source>
        <translation>Ең көбі {0} дауыс қалды — оларды бөліп тұрған {1}-ден аз: {2} орын енді өзгермейді.</translation>
    </message>
    <message>
        <source>Up to {0} votes are still to come, more than the {1} between them: the {2} seat can still change.</source>
        <translation>{0} дауысқа дейін қалды — оларды бөліп тұрған {1}-ден көп: {2} орын әлі өзгеруі мүмкін.</translation>
    </message>
    <message>
        <source>{0} leads with {1} of valid votes; its vote count is not reported, so no bound can be given.</source>
        <translation>{0} жарамды дауыстардың {1} алып алда; көшбасшының дауыс саны хабарланбаған, сондықтан шекара беру мүмкін емес.</translation>
    </message>
</context>
<context>
    <name>outcomes</name>
    <message>
        <source> (chosen by the user)</source>
        <translation> (пайдаланушы таңдаған)</translation>
    </message>
    <message>
        <source>{0} seats by {1}</source>
        <translation>{1} әдісімен {0} орын</translation>
    </message>
    <message>
        <source>, threshold {0}% of valid votes</source>
        <translation>, өту шегі жарамды дауыстардың {0}%</translation>
    </message>
    <message>
        <source>ranked choice, {0} to elect: as the tabulator&apos;s rounds decided</source>
        <translation>рейтингтік дауыс беру, {0} адам сайланады: санау турлары шешкендей</translation>
    </message>
    <message>
        <source>vote for {0}: the {0} most voted win</source>
        <translation>{0} адамға дауыс: ең көп дауыс алған {0} адам жеңеді</translation>
    </message>
    <message>
        <source>one winner: most votes</source>
        <translation>бір жеңімпаз: ең көп дауыс</translation>
    </message>
    <message>
        <source>D'Hondt</source>
        <translation>д’Ондт</translation>
    </message>
    <message>
        <source>Sainte-Laguë</source>
        <translation>Сент-Лагю</translation>
    </message>
    <message>
        <source>modified Sainte-Laguë</source>
        <translation>түрлендірілген Сент-Лагю</translation>
    </message>
    <message>
        <source>Hare largest remainder</source>
        <translation>ең үлкен қалдықтар (Хэйр)</translation>
    </message>
    <message>
        <source>Droop largest remainder</source>
        <translation>ең үлкен қалдықтар (Друп)</translation>
    </message>
    <message>
        <source>Rule: {0}.</source>
        <translation>Ереже: {0}.</translation>
    </message>
    <message>
        <source>No outcome: {0}.</source>
        <translation>Нәтиже жоқ: {0}.</translation>
    </message>
    <message>
        <source>some counts are unknown or estimated, so no winner can be named</source>
        <translation>кейбір дауыстар белгісіз немесе бағаланған, сондықтан жеңімпазды атауға болмайды</translation>
    </message>
    <message>
        <source>some parties' votes are unknown or estimated, so seats can't be allocated</source>
        <translation>кейбір партиялардың дауыстары белгісіз немесе бағаланған, сондықтан орындарды бөлуге болмайды</translation>
    </message>
    <message>
        <source>Seats: {0}.</source>
        <translation>Орындар: {0}.</translation>
    </message>
    <message>
        <source>Seats (projected within the ballots counted): {0}.</source>
        <translation>Орындар (есептелген бюллетеньдер бойынша болжам): {0}.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>Last seat: {0}, quotient {1}</source>
        <translation>Соңғы орын: {0}, бөлінді {1}</translation>
    </message>
    <message>
        <source>Last seat: {0}, remainder {1}</source>
        <translation>Соңғы орын: {0}, қалдық {1}</translation>
    </message>
    <message>
        <source>; next: {0}, {1}</source>
        <translation>; келесі: {0}, {1}</translation>
    </message>
    <message>
        <source>Elected: {0}.</source>
        <translation>Сайланды: {0}.</translation>
    </message>
    <message>
        <source>Leading (within the ballots counted): {0}.</source>
        <translation>Алда (есептелген бюллетеньдер бойынша): {0}.</translation>
    </message>
    <message>
        <source>Tie for first place between {0}: the law decides (e.g. by lot), not the count.</source>
        <translation>{0} арасында бірінші орынға тең дауыс: есеп емес, заң шешеді (мысалы, жеребе).</translation>
    </message>
    <message>
        <source>Tie for the last seat between {0}: the law decides (e.g. by lot), not the count.</source>
        <translation>{0} арасында соңғы орынға тең дауыс: есеп емес, заң шешеді (мысалы, жеребе).</translation>
    </message>
    <message>
        <source>Tie for the last {1} seats between {0}: the law decides (e.g. by lot), not the count.</source>
        <translation>{0} арасында соңғы {1} орынға тең дауыс: есеп емес, заң шешеді (мысалы, жеребе).</translation>
    </message>
    <message>
        <source>elected</source>
        <translation>сайланды</translation>
    </message>
    <message>
        <source>leading</source>
        <translation>алда</translation>
    </message>
    <message>
        <source>tied</source>
        <translation>тең</translation>
    </message>
    <message>
        <source>{0}, seats: {1}</source>
        <translation>{0}, орын: {1}</translation>
    </message>
    <message>
        <source>, tied for one more</source>
        <translation>, тағы біреуіне тең</translation>
    </message>
    <message>
        <source>{0} single-member constituencies: most votes wins each</source>
        <translation>{0} бір мандатты округ: әрқайсысында ең көп дауыс алған жеңеді</translation>
    </message>
    <message>
        <source>Seats won: {0}.</source>
        <translation>Алынған орындар: {0}.</translation>
    </message>
    <message>
        <source>Seats won (within the ballots counted): {0}.</source>
        <translation>Алынған орындар (есептелген бюллетеньдер бойынша): {0}.</translation>
    </message>
    <message>
        <source>Parliament: {0}.</source>
        <translation>Парламент: {0}.</translation>
    </message>
    <message>
        <source>{0} has a majority: {1} seats, {2} needed of {3}.</source>
        <translation>{0} көпшілікке ие: {1} орын, {3} орынның {2} орны қажет.</translation>
    </message>
    <message>
        <source>No party has a majority: {0}, the largest, needs {1} more seats for a majority of {2}.</source>
        <translation>Ешбір партияда көпшілік жоқ: ең ірісі {0}, {2} орындық көпшілікке тағы {1} орын қажет.</translation>
    </message>
    <message>
        <source>{0} seats tied between candidates: the law decides, not the count.</source>
        <translation>Тең дауыс берілген орындар: {0}; есеп емес, заң шешеді.</translation>
    </message>
    <message>
        <source>{0} seats not decided: their counts are unknown.</source>
        <translation>Шешілмеген орындар: {0}; олардың дауыстары белгісіз.</translation>
    </message>
    <message>
        <source>No party has a majority: the largest have {0} seats each, {1} short of a majority of {2}.</source>
        <translation>Ешбір партияда көпшілік жоқ: ең ірілерінде {0} орыннан, {2} орындық көпшілікке {1} орын жетпейді.</translation>
    </message>
    <message>
        <source>{0} holds the {1} seat by {2} votes over {3} within the ballots counted.</source>
        <translation>{0} саналған бюллетеньдерде {1} орынды ұстап тұр, {3} кандидаттан алшақтық {2} дауыс.</translation>
    </message>
    <message>
        <source>{0} takes the {1} seat, {2} points ahead of {3} on the reported shares.</source>
        <translation>{0} {1} орынды алады (хабарланған үлестер бойынша {3} кандидаттан алшақтық: {2} т.).</translation>
    </message>
    <message>
        <source>{0} wins the {1} seat by {2} votes over {3}.</source>
        <translation>{0} {1} орынды {3} кандидаттан {2} дауыс алшақтықпен жеңеді.</translation>
    </message>
    <message>
        <source>{0}st</source>
        <translation>{0}-ші</translation>
    </message>
    <message>
        <source>{0}nd</source>
        <translation>{0}-ші</translation>
    </message>
    <message>
        <source>{0}rd</source>
        <translation>{0}-ші</translation>
    </message>
    <message>
        <source>{0}th</source>
        <translation>{0}-ші</translation>
    </message>
    <message>
        <source>elected as the file declares</source>
        <translation>сайланғандар — файлда жарияланғандай</translation>
    </message>
    <message>
        <source>{0} single-member constituencies: the elected as the file declares them</source>
        <translation>{0} бір мандатты округ: сайланғандар — файлда жарияланғандай</translation>
    </message>
    <message>
        <source>{0} single-member constituencies: {1} as the file declares them elected, the rest by most votes</source>
        <translation>{0} бір мандатты округ: {1} округта сайланғандар — файлда жарияланғандай, қалғандарында — ең көп дауыс бойынша</translation>
    </message>
    <message>
        <source>In {0} of them the member declared elected does not have the most votes in these figures: they are not the deciding count (first preferences, or a first round); the seats follow the file&apos;s declaration.</source>
        <translation>Олардың {0} округында сайланды деп жарияланған адам бұл деректерде ең көп дауыс алмаған: бұл шешуші санақ емес (бірінші таңдаулар немесе бірінші тур); орындар файлдағы жариялау бойынша берілді.</translation>
    </message>
    <message>
        <source>party totals of constituency races, added up by electview: each seat is won in its own race, by most votes</source>
        <translation>округтер бойынша партиялардың жиынтық дауыстары, electview есептеген: әр мандат өз округінде, ең көп дауыс жинаған жеңеді</translation>
    </message>
    <message>
        <source>won {0} seats</source>
        <translation>алған мандаттары: {0}</translation>
    </message>
    <message>
        <source>leads in {0} seats</source>
        <translation>алда келе жатқан округтері: {0}</translation>
    </message>
    <message>
        <source>{0} constituency races: most votes wins each</source>
        <translation>{0} бір мандатты округ: әрқайсысында ең көп дауыс жинаған жеңеді</translation>
    </message>
    <message>
        <source>{0} seats as the file declares them</source>
        <translation>файл жариялағандай {0} мандат</translation>
    </message>
    <message>
        <source>one winner: most votes (assumed: the file doesn&apos;t say how many are elected)</source>
        <translation>бір жеңімпаз: ең көп дауыс (болжам: файлда қанша адам сайланатыны айтылмаған)</translation>
    </message>
    <message>
        <source>one winner: more than half of valid votes, else a run-off between the top two</source>
        <translation>бір жеңімпаз: жарамды дауыстардың жартысынан көбі, әйтпесе алғашқы екеуі арасында екінші тур</translation>
    </message>
    <message>
        <source>one winner: at least {0}% of valid votes, else a run-off between the top two</source>
        <translation>бір жеңімпаз: жарамды дауыстардың кемінде {0}%, әйтпесе алғашқы екеуі арасында екінші тур</translation>
    </message>
    <message>
        <source>run-off</source>
        <translation>екінші тур</translation>
    </message>
    <message>
        <source>run-off (projected)</source>
        <translation>екінші тур (болжам)</translation>
    </message>
    <message>
        <source>yes or no: passes with more than half of the votes on it</source>
        <translation>иә немесе жоқ: мәселе бойынша дауыстардың жартысынан көбі «иә» болса, қабылданады</translation>
    </message>
    <message>
        <source>yes or no: passes with at least {0}% of the votes on it</source>
        <translation>иә немесе жоқ: мәселе бойынша дауыстардың кемінде {0}% «иә» болса, қабылданады</translation>
    </message>
    <message>
        <source>passes</source>
        <translation>қабылданды</translation>
    </message>
    <message>
        <source>fails</source>
        <translation>қабылданбады</translation>
    </message>
    <message>
        <source>passing</source>
        <translation>қабылданып жатыр</translation>
    </message>
    <message>
        <source>failing</source>
        <translation>қабылданбай жатыр</translation>
    </message>
    <message>
        <source>the votes on the question are not known</source>
        <translation>мәселе бойынша дауыстар белгісіз</translation>
    </message>
</context>
<context>
    <name>sentence</name>
    <message>
        <source>No results are open.</source>
        <translation>Нәтижелер ашылмаған.</translation>
    </message>
    <message>
        <source>No votes or shares have been reported yet.</source>
        <translation>Дауыстар мен үлестер әлі жарияланбаған.</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} және {last}</translation>
    </message>
    <message>
        <source>{names} are tied with {share} each of valid votes</source>
        <translation>{names} тең: әрқайсысында жарамды дауыстардың {share}</translation>
    </message>
    <message>
        <source>{name} came first with {share} of valid votes</source>
        <translation>{name} жарамды дауыстардың {share} үлесімен бірінші орын алды</translation>
    </message>
    <message>
        <source>{name} leads with {share} of valid votes</source>
        <translation>{name} жарамды дауыстардың {share} үлесімен алда келеді</translation>
    </message>
    <message>
        <source> (computed by electview)</source>
        <translation> (electview есептеген)</translation>
    </message>
    <message>
        <source>, ahead of {name} with {share}</source>
        <translation>, {name} ({share}) алдында</translation>
    </message>
    <message>
        <source>; turnout {0}</source>
        <translation>; қатысу {0}</translation>
    </message>
    <message>
        <source>; turnout not reported</source>
        <translation>; қатысу жарияланбаған</translation>
    </message>
    <message>
        <source>Preliminary results: </source>
        <translation>Алдын ала нәтижелер: </translation>
    </message>
    <message>
        <source>Unofficial results: </source>
        <translation>Ресми емес нәтижелер: </translation>
    </message>
    <message>
        <source>Final results: </source>
        <translation>Түпкілікті нәтижелер: </translation>
    </message>
    <message>
        <source>Certified results: </source>
        <translation>Бекітілген нәтижелер: </translation>
    </message>
</context>
<context>
    <name>tally</name>
    <message>
        <source>reported share × {total} valid votes, the total implied by {votes} votes = {share}% for {names}</source>
        <translation>жарияланған үлес × {total} жарамды дауыс — бұл {names} үшін {votes} дауыс = {share}% дегеннен шығатын жиынтық</translation>
    </message>
    <message>
        <source>implied by {votes} votes being {share}% of valid votes</source>
        <translation>{votes} дауыс жарамды дауыстардың {share}% екенінен шығады</translation>
    </message>
    <message>
        <source>sum of the candidates&apos; votes</source>
        <translation>үміткерлер дауыстарының қосындысы</translation>
    </message>
    <message>
        <source>ballots cast ÷ registered voters</source>
        <translation>берілген бюллетеньдер ÷ тіркелген сайлаушылар</translation>
    </message>
</context>
<context>
    <name>RoundsController</name>
    <message>
        <source>Ranked-Choice &amp;Rounds…</source>
        <translation>Рейтингтік дауыс беру &amp;турлары…</translation>
    </message>
    <message>
        <source>Every round of a ranked-choice count: tallies, transfers and who was elected when</source>
        <translation>Рейтингтік санаудың әр туры: дауыстар, аударымдар және кім қашан сайланды</translation>
    </message>
    <message>
        <source>The contest on screen is not a ranked-choice count</source>
        <translation>Экрандағы сайлау рейтингтік санау емес</translation>
    </message>
</context>
<context>
    <name>RoundsWindow</name>
    <message>
        <source>Ranked-Choice Rounds</source>
        <translation>Рейтингтік дауыс беру турлары</translation>
    </message>
    <message>
        <source>The contest on screen is not a ranked-choice count.</source>
        <translation>Экрандағы сайлау рейтингтік санау емес.</translation>
    </message>
    <message>
        <source>Round %1 of %2 · %3 continuing ballots · threshold %4</source>
        <translation>%2 турдың %1-і · санаудағы бюллетеньдер: %3 · шек %4</translation>
    </message>
</context>
<context>
    <name>ranked</name>
    <message>
        <source>{0} elected in round {1} with {2} of {3} continuing ballots</source>
        <translation>{0}: {1}-турда сайланды, санаудағы {3} бюллетеньнің {2}</translation>
    </message>
    <message>
        <source>No one elected in the rounds the report gives</source>
        <translation>Есептегі турларда ешкім сайланбады</translation>
    </message>
</context>
<context>
    <name>SankeyChart</name>
    <message>
        <source>After round {0}: {1} votes kept by {2}</source>
        <translation>{0}-турдан кейін: {1} дауыс {2} кандидатында қалады</translation>
    </message>
    <message>
        <source>After round {0}: {1} votes of {2} to {3}</source>
        <translation>{0}-турдан кейін: {2} үшін {1} дауыс {3} кандидатына өтеді</translation>
    </message>
    <message>
        <source>After round {0}: {1} votes of {2} become inactive</source>
        <translation>{0}-турдан кейін: {2} үшін {1} дауыс белсенді емес болады</translation>
    </message>
    <message>
        <source>After round {0}: {1} inactive ballots stay inactive</source>
        <translation>{0}-турдан кейін: {1} белсенді емес бюллетень белсенді емес күйде қалады</translation>
    </message>
    <message>
        <source>{0}, round {1}: {2}</source>
        <translation>{0}, {1}-тур: {2}</translation>
    </message>
    <message>
        <source>Inactive ballots</source>
        <translation>Белсенді емес бюллетеньдер</translation>
    </message>
    <message>
        <source>inactive ballots</source>
        <translation>белсенді емес бюллетеньдер</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>%1-тур</translation>
    </message>
</context>
<context>
    <name>RoundsModel</name>
    <message>
        <source>Candidate</source>
        <translation>Кандидат</translation>
    </message>
    <message>
        <source>Round %1 votes</source>
        <translation>%1-тур дауыстары</translation>
    </message>
    <message>
        <source>% of continuing</source>
        <translation>санаудағы %</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Аударым</translation>
    </message>
    <message>
        <source>elected in round %1</source>
        <translation>%1-турда сайланды</translation>
    </message>
    <message>
        <source>eliminated in round %1</source>
        <translation>%1-турда шықты</translation>
    </message>
    <message>
        <source>Inactive ballots</source>
        <translation>Белсенді емес бюллетеньдер</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Шек</translation>
    </message>
</context>
<context>
    <name>ResultsDocument</name>
    <message>
        <source>{0} is not on the ballot in {1}; still showing {2}.</source>
        <translation>«{0}» «{1}» аумағында өткізілмейді; бұрынғыша көрсетілген: {2}.</translation>
    </message>
</context>
<context>
    <name>PrecinctTableModel</name>
    <message>
        <source>tied</source>
        <translation>тең</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Округ</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Учаске</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Дауыстар</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Көшбасшы</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Партия</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Айырма</translation>
    </message>
    <message>
        <source>Margin %</source>
        <translation>Айырма, %</translation>
    </message>
    <message>
        <source>Turnout % (derived)</source>
        <translation>Келу, % (есептелген)</translation>
    </message>
    <message>
        <source>Worked out by electview: ballots cast (where the file gives them, else the votes for candidates) as a share of registered voters</source>
        <translation>electview есептеген: берілген бюллетеньдер (файлда бар жерде, әйтпесе кандидаттарға берілген дауыстар) тіркелген сайлаушылардың үлесі ретінде</translation>
    </message>
    <message>
        <source>no votes</source>
        <translation>дауыс жоқ</translation>
    </message>
    <message>
        <source>The file gives no registered voters here, so there is no turnout</source>
        <translation>Файлда мұнда тіркелген сайлаушылар саны жоқ, сондықтан келу жоқ</translation>
    </message>
    <message>
        <source>Worked out by electview: {votes} votes for candidates ÷ {registered} registered voters = {percent} (the file gives no ballots cast here)</source>
        <translation>electview есептеген: кандидаттарға {votes} дауыс ÷ {registered} тіркелген сайлаушы = {percent} (файлда мұнда берілген бюллетеньдер саны жоқ)</translation>
    </message>
    <message>
        <source>Worked out by electview: {ballots} ballots cast ÷ {registered} registered voters = {percent}</source>
        <translation>electview есептеген: {ballots} берілген бюллетень ÷ {registered} тіркелген сайлаушы = {percent}</translation>
    </message>
</context>
<context>
    <name>vote_for</name>
    <message>
        <source>{name} (vote for {count})</source>
        <translation>{name} ({count} кандидатқа дейін дауыс беруге болады)</translation>
    </message>
    <message>
        <source>share of valid votes</source>
        <translation>жарамды дауыстардағы үлес</translation>
    </message>
    <message>
        <source>share of votes (each voter had up to {count}), not of voters</source>
        <translation>дауыстардағы үлес (әр сайлаушыда {count} дауысқа дейін), сайлаушылардағы емес</translation>
    </message>
    <message>
        <source>share of the final round&apos;s continuing ballots</source>
        <translation>соңғы турда санауда қалған бюллетеньдердің үлесі</translation>
    </message>
    <message>
        <source>Continuing ballots (final round)</source>
        <translation>Санаудағы бюллетеньдер (соңғы тур)</translation>
    </message>
    <message>
        <source>Total valid votes</source>
        <translation>Барлық жарамды дауыстар</translation>
    </message>
</context>
<context>
    <name>estimates</name>
    <message>
        <source>{estimate} votes: the shares are given to {decimals} decimals, so the estimate is no finer.</source>
        <translation>{estimate} дауыс: үлестер үтірден кейін {decimals} таңбаға дейін берілген, сондықтан бағалау одан дәл емес.</translation>
    </message>
</context>
<context>
    <name>IntegrityWindow</name>
    <message>
        <source>%1 at 99.95% and above, cut at the top</source>
        <translation>%1 — 99,95% және одан жоғары, жоғарыдан қиылған</translation>
    </message>
    <message>
        <source>Integrity Checks</source>
        <translation>Тұтастық тексерулері</translation>
    </message>
    <message>
        <source>turnout, %</source>
        <translation>келу, %</translation>
    </message>
    <message>
        <source>stations</source>
        <translation>учаскелер</translation>
    </message>
    <message>
        <source>leader's share of ballots cast, %</source>
        <translation>көшбасшының берілген бюллетеньдердегі үлесі, %</translation>
    </message>
    <message>
        <source>The contest on screen has no stations with registered voters and ballots.</source>
        <translation>Экрандағы сайлауда сайлаушылар мен бюллетеньдер саны бар учаскелер жоқ.</translation>
    </message>
    <message>
        <source>%1: %2 stations in %3 · leader %4</source>
        <translation>%1: учаскелер: %2, %3 · көшбасшы %4</translation>
    </message>
    <message>
        <source>%1: %2 stations · leader %4</source>
        <translation>%1: учаскелер: %2 · көшбасшы %4</translation>
    </message>
    <message>
        <source>Computing the checks for %1…</source>
        <translation>%1 үшін тексерулер есептелуде…</translation>
    </message>
    <message>
        <source>Flagged stations</source>
        <translation>Белгіленген учаскелер</translation>
    </message>
    <message>
        <source>Export flagged stations as CSV…</source>
        <translation>Белгіленген учаскелерді CSV-ге экспорттау…</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Көрсеткіштер</translation>
    </message>
    <message>
        <source>Flagged stations (%1)</source>
        <translation>Белгіленген учаскелер (%1)</translation>
    </message>
    <message>
        <source>Export Flagged Stations</source>
        <translation>Белгіленген учаскелерді экспорттау</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV файлдары (*.csv)</translation>
    </message>
    <message>
        <source>%1: %2 of %3 stations; chance gives %4 ± %5 (excess %6, p = %7)</source>
        <translation>%1: %3 учаскенің %2; кездейсоқ күтілетіні %4 ± %5 (артығы %6, p = %7)</translation>
    </message>
    <message>
        <source>Whole percents (1-99%, stations of 100 voters or more)</source>
        <translation>Бүтін пайыздар (1–99%, 100 және одан көп сайлаушысы бар учаскелер)</translation>
    </message>
    <message>
        <source>Turnout</source>
        <translation>Келу</translation>
    </message>
    <message>
        <source>Leader's share</source>
        <translation>Көшбасшы үлесі</translation>
    </message>
    <message>
        <source>Turnout at multiples of 5%</source>
        <translation>5%-ға еселі келу</translation>
    </message>
    <message>
        <source>Leader's share at multiples of 5%</source>
        <translation>5%-ға еселі көшбасшы үлесі</translation>
    </message>
    <message>
        <source>Last digits of %1 counts of 100 or more: chi-square %2, p = %3</source>
        <translation>100-ден бастап %1 дауыс санының соңғы цифрлары: хи-квадрат %2, p = %3</translation>
    </message>
    <message>
        <source>Flagged stations: %1</source>
        <translation>Белгіленген учаскелер: %1</translation>
    </message>
    <message>
        <source>Seed %1, %2 simulations; the same as electview integrity FILE --seed %1.</source>
        <translation>Тұқым %1, модельдеу саны: %2; electview integrity ФАЙЛ --seed %1 сияқты.</translation>
    </message>
    <message>
        <source>Turnout Histogram</source>
        <translation>Келу гистограммасы</translation>
    </message>
    <message>
        <source>Leader's Share Histogram</source>
        <translation>Көшбасшы үлесінің гистограммасы</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Сайлау «саусақ ізі»</translation>
    </message>
    <message>
        <source>%1 as PNG…</source>
        <translation>%1 PNG ретінде…</translation>
    </message>
    <message>
        <source>%1 as SVG…</source>
        <translation>%1 SVG ретінде…</translation>
    </message>
    <message>
        <source>Export Plot</source>
        <translation>Графикті экспорттау</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG суреттері (*.png)</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG суреттері (*.svg)</translation>
    </message>
</context>
<context>
    <name>IntegrityController</name>
    <message>
        <source>&amp;Integrity Checks…</source>
        <translation>&amp;Тұтастық тексерулері…</translation>
    </message>
    <message>
        <source>Turnout and leader's-share distributions across stations, whole-percent and last-digit tests</source>
        <translation>Учаскелер бойынша келу мен көшбасшы үлесінің үлестірімдері, бүтін пайыз және соңғы цифр тексерулері</translation>
    </message>
    <message>
        <source>The contest on screen has no stations with registered voters and ballots</source>
        <translation>Экрандағы сайлауда сайлаушылар мен бюллетеньдер саны бар учаскелер жоқ</translation>
    </message>
</context>
<context>
    <name>FlaggedStationsModel</name>
    <message>
        <source>Station</source>
        <translation>Учаске</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Сайлаушылар</translation>
    </message>
    <message>
        <source>Ballots</source>
        <translation>Бюллетеньдер</translation>
    </message>
    <message>
        <source>Turnout %</source>
        <translation>Келу, %</translation>
    </message>
    <message>
        <source>Leader's share %</source>
        <translation>Көшбасшы үлесі, %</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Себептер</translation>
    </message>
    <message>
        <source>derived by electview from the station's figures</source>
        <translation>electview учаске деректерінен есептеген</translation>
    </message>
</context>
<context>
    <name>integrity</name>
    <message>
        <source>turnout 100%</source>
        <translation>келу 100%</translation>
    </message>
    <message>
        <source>more ballots than registered voters</source>
        <translation>бюллетеньдер тізімдегі сайлаушылардан көп</translation>
    </message>
    <message>
        <source>every ballot for the leader</source>
        <translation>барлық бюллетень көшбасшыға</translation>
    </message>
    <message>
        <source>turnout at a whole percent</source>
        <translation>келу бүтін пайызда</translation>
    </message>
    <message>
        <source>leader's share at a whole percent</source>
        <translation>көшбасшы үлесі бүтін пайызда</translation>
    </message>
    <message>
        <source>Stations by turnout in 0.1-point bins. Honest turnout varies smoothly from station to station; spikes at whole or round percents, or a second hump near 100%, are reasons to look closer, not proof: hospitals, barracks and small villages can have honest turnouts near 100%.</source>
        <translation>Учаскелер келу бойынша, 0,1 тармақтық аралықтар. Адал келу учаскеден учаскеге біркелкі өзгереді; бүтін не дөңгелек пайыздардағы шыңдар немесе 100% маңындағы екінші өркеш — мұқият қарауға себеп, дәлел емес: ауруханаларда, казармаларда және шағын ауылдарда келу 100%-ға жуық адал болуы мүмкін.</translation>
    </message>
    <message>
        <source>Stations by the leader's share of the ballots cast, in 0.1-point bins. A smooth single hump is what chance gives; spikes at round numbers or a pile at 100% are reasons to look, not proof.</source>
        <translation>Учаскелер берілген бюллетеньдердегі көшбасшы үлесі бойынша, 0,1 тармақтық аралықтар. Кездейсоқтық бір біркелкі өркеш береді; дөңгелек сандардағы шыңдар немесе 100%-дағы жиналу — қарауға себеп, дәлел емес.</translation>
    </message>
    <message>
        <source>Registered voters by turnout (across) and the leader's share (up) at each station. Honest elections usually show one roughly round cloud; a smear towards the top right corner (high turnout together with a high leader's share) is the pattern ballot stuffing leaves, but it can also come from regions that vote differently.</source>
        <translation>Әр учаскедегі келу (көлденең) және көшбасшы үлесі (тік) бойынша сайлаушылар. Адал сайлау әдетте бір шамамен дөңгелек бұлт береді; жоғарғы оң бұрышқа созылған із (жоғары келу мен жоғары көшбасшы үлесі бірге) бюллетень салу қалдыратын белгі, бірақ ол басқаша дауыс беретін өңірлерден де болуы мүмкін.</translation>
    </message>
    <message>
        <source>Stations with 100 or more voters whose turnout or leader's share is the count nearest a whole percent (1-99%), against the number a binomial Monte-Carlo expects for stations of those sizes (seeded, so it repeats). A small p-value says more stations sit on whole percents than chance gives; that is a reason to look at those stations, not proof of fraud.</source>
        <translation>Келуі немесе көшбасшы үлесі бүтін пайызға (1–99%) ең жақын сан болатын 100 және одан көп сайлаушысы бар учаскелер, осындай көлемдегі учаскелер үшін биномдық Монте-Карло күтетін санмен салыстырғанда (тұқыммен, сондықтан қайталанады). Кіші p-мәні бүтін пайыздарда кездейсоқтықтан көп учаске бар екенін айтады; бұл сол учаскелерді қарауға себеп, бұрмалаудың дәлелі емес.</translation>
    </message>
    <message>
        <source>Last digits of the vote counts of 100 or more, against a uniform last digit (chi-square, 9 degrees of freedom). A small p-value says some digits come up more often than chance gives, a reason to look, not proof.</source>
        <translation>100-ден бастап дауыс сандарының соңғы цифрлары, біркелкі соңғы цифрмен салыстырғанда (хи-квадрат, 9 еркіндік дәрежесі). Кіші p-мәні кейбір цифрлар кездейсоқтықтан жиі кездесетінін айтады — қарауға себеп, дәлел емес.</translation>
    </message>
    <message>
        <source>Stations with turnout of 100% or more, every ballot for the leader, or turnout or leader's share at a whole percent. Many honest stations are on this list by chance: it is where to look first, not a list of frauds.</source>
        <translation>Келуі 100% және одан жоғары, барлық бюллетені көшбасшыға берілген немесе келуі не көшбасшы үлесі бүтін пайызда тұрған учаскелер. Көптеген адал учаскелер бұл тізімге кездейсоқ түседі: бұл алдымен қарайтын орын, бұрмалаулар тізімі емес.</translation>
    </message>
    <message>
        <source>{0} stations × {1} candidates are too many to check at once: choose a place (a region or district) or a contest of fewer candidates, such as the party totals.</source>
        <translation>{0} учаске × {1} кандидат бірден тексеру үшін тым көп: аумақты (аймақты немесе округті) не кандидаттары азырақ дауыс беруді, мысалы, партиялар жиынтығын таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>MapController</name>
    <message>
        <source>Reading the boundaries was cancelled: no map. File → Attach Boundaries… to read them again.</source>
        <translation>Шекараларды оқу тоқтатылды: карта жоқ. Қайта оқу үшін: Файл → Шекараларды тіркеу…</translation>
    </message>
    <message>
        <source>Reading boundaries from {0}… {1}%</source>
        <translation>Шекаралар {0} файлынан оқылуда… {1}%</translation>
    </message>
    <message>
        <source>Attach &amp;Boundaries…</source>
        <translation>&amp;Шекараларды тіркеу…</translation>
    </message>
    <message>
        <source>Map Regions Not &amp;Joined…</source>
        <translation>Карта аймақтары &amp;сәйкестендірілмеген…</translation>
    </message>
    <message>
        <source>No boundaries for this file: File → Attach Boundaries…</source>
        <translation>Бұл файлға шекаралар жоқ: Файл → Шекараларды тіркеу…</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>Map Beside the Chart</source>
        <translation>Карта диаграмманың жанында</translation>
    </message>
    <message>
        <source>Attach boundaries</source>
        <translation>Шекараларды тіркеу</translation>
    </message>
    <message>
        <source>Boundaries (*.json *.geojson *.topojson *.shp);;All files (*)</source>
        <translation>Шекаралар (*.json *.geojson *.topojson *.shp);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Reading boundaries…</source>
        <translation>Шекаралар оқылуда…</translation>
    </message>
    <message>
        <source>Could not read the boundaries: {0}</source>
        <translation>Шекараларды оқу мүмкін болмады: {0}</translation>
    </message>
    <message>
        <source>{0} places are not on the map (Map Regions Not Joined…).</source>
        <translation>Картада жоқ орындар: {0} (Карта аймақтары сәйкестендірілмеген…).</translation>
    </message>
    <message>
        <source> (derived)</source>
        <translation> (есептелген)</translation>
    </message>
    <message>
        <source>Turnout: {0}</source>
        <translation>Келу: {0}</translation>
    </message>
    <message>
        <source>Reporting: {0} of {1}</source>
        <translation>Есеп берді: {0} / {1}</translation>
    </message>
    <message>
        <source>{0}: {1} (reported, {2}; {3})</source>
        <translation>{0}: {1} (хабарланғандай, {2}; {3})</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>деректер жоқ</translation>
    </message>
    <message>
        <source>Map as P&amp;NG…</source>
        <translation>Карта P&amp;NG ретінде…</translation>
    </message>
    <message>
        <source>Map as S&amp;VG…</source>
        <translation>Карта S&amp;VG ретінде…</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG суреті (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG суреті (*.svg)</translation>
    </message>
</context>
<context>
    <name>MapLegend</name>
    <message>
        <source>no data</source>
        <translation>деректер жоқ</translation>
    </message>
    <message>
        <source>Map legend</source>
        <translation>Карта шартты белгілері</translation>
    </message>
</context>
<context>
    <name>MapPane</name>
    <message>
        <source>Reading boundaries</source>
        <translation>Шекаралар оқылуда</translation>
    </message>
    <message>
        <source>Leader and margin</source>
        <translation>Көшбасшы және айырма</translation>
    </message>
    <message>
        <source>Turnout</source>
        <translation>Келу</translation>
    </message>
    <message>
        <source>Share of the selected candidate</source>
        <translation>Таңдалған кандидаттың үлесі</translation>
    </message>
    <message>
        <source>Change since the compared file</source>
        <translation>Салыстырылатын файлдан бергі өзгеріс</translation>
    </message>
    <message>
        <source>Reporting progress</source>
        <translation>Санау барысы</translation>
    </message>
    <message>
        <source>Map measure</source>
        <translation>Карта көрсеткіші</translation>
    </message>
    <message>
        <source>↑ Whole contest</source>
        <translation>↑ Бүкіл сайлау</translation>
    </message>
    <message>
        <source>Back to the whole contest</source>
        <translation>Бүкіл сайлауға қайту</translation>
    </message>
    <message>
        <source>Map notes</source>
        <translation>Картаға ескертпелер</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Map</source>
        <translation>Карта</translation>
    </message>
</context>
<context>
    <name>ProposalsDialog</name>
    <message>
        <source>Join these places to the map?</source>
        <translation>Бұл орындарды картамен сәйкестендіру керек пе?</translation>
    </message>
    <message>
        <source>{0} → {1} ({2}, {3:.0%} alike)</source>
        <translation>{0} → {1} ({2}, ұқсастығы {3:.0%})</translation>
    </message>
    <message>
        <source>These names match only after transliteration or by likeness. Tick the pairs that are the same place.</source>
        <translation>Бұл атаулар тек транслитерациядан кейін немесе ұқсастығы бойынша сәйкес келеді. Бір орынды білдіретін жұптарды белгілеңіз.</translation>
    </message>
</context>
<context>
    <name>UnmatchedDialog</name>
    <message>
        <source>Places and map regions not joined</source>
        <translation>Сәйкестендірілмеген орындар мен карта аймақтары</translation>
    </message>
    <message>
        <source>Places without a map region</source>
        <translation>Картада аймағы жоқ орындар</translation>
    </message>
    <message>
        <source>Map regions without a place</source>
        <translation>Орны жоқ карта аймақтары</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Сәйкестендіру</translation>
    </message>
    <message>
        <source>Places without a map region ({0})</source>
        <translation>Картада аймағы жоқ орындар ({0})</translation>
    </message>
    <message>
        <source>Map regions without a place ({0})</source>
        <translation>Орны жоқ карта аймақтары ({0})</translation>
    </message>
</context>
<context>
    <name>geo</name>
    <message>
        <source>a coordinate is not a finite number</source>
        <translation>координата шектеулі сан емес</translation>
    </message>
    <message>
        <source>as projected in the file</source>
        <translation>файлдағы проекциямен</translation>
    </message>
    <message>
        <source>a ring is not a list of positions</source>
        <translation>контур нүктелер тізімі емес</translation>
    </message>
    <message>
        <source>the topology has no objects</source>
        <translation>топологияда нысандар жоқ</translation>
    </message>
    <message>
        <source>the topology has no object {0}</source>
        <translation>топологияда {0} нысаны жоқ</translation>
    </message>
    <message>
        <source>the shapefile's .dbf table (the regions' names and codes) is missing</source>
        <translation>шейп-файлдың .dbf кестесі (аймақтардың атаулары мен кодтары) жоқ</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>файл емес</translation>
    </message>
    <message>
        <source>larger than {0} MB</source>
        <translation>{0} МБ-тан үлкен</translation>
    </message>
    <message>
        <source>not a GeoJSON or TopoJSON object</source>
        <translation>GeoJSON немесе TopoJSON нысаны емес</translation>
    </message>
    <message>
        <source>reading shapefiles needs the pyshp package</source>
        <translation>шейп-файлдарды оқу үшін pyshp пакеті қажет</translation>
    </message>
    <message>
        <source>Albers equal-area, standard parallels {0}° and {1}°, central meridian {2}°</source>
        <translation>Альберстің тең аумақты проекциясы, стандартты параллельдер {0}° және {1}°, орталық меридиан {2}°</translation>
    </message>
    <message>
        <source>{joined} of {places} places joined ({ways}); {proposed} proposed, {ambiguous} ambiguous; {features} map features without a place</source>
        <translation>сәйкестендірілген орындар: {joined} / {places} ({ways}); ұсынылған: {proposed}, екіұшты: {ambiguous}; орны жоқ карта аймақтары: {features}</translation>
    </message>
    <message>
        <source>by code</source>
        <translation>код бойынша</translation>
    </message>
    <message>
        <source>by name</source>
        <translation>атауы бойынша</translation>
    </message>
    <message>
        <source>by name within the area</source>
        <translation>аймақ ішіндегі атауы бойынша</translation>
    </message>
    <message>
        <source>set by the user</source>
        <translation>пайдаланушы белгіледі</translation>
    </message>
    <message>
        <source>transliterated name, confirmed</source>
        <translation>транслитерацияланған атау, расталды</translation>
    </message>
    <message>
        <source>similar name, confirmed</source>
        <translation>ұқсас атау, расталды</translation>
    </message>
    <message>
        <source>lead under {0} points</source>
        <translation>айырма {0} тармақтан аз</translation>
    </message>
    <message>
        <source>lead {0}–{1} points</source>
        <translation>айырма {0}–{1} тармақ</translation>
    </message>
    <message>
        <source>lead {0} points or more</source>
        <translation>айырма {0} тармақ және одан көп</translation>
    </message>
    <message>
        <source>tied</source>
        <translation>тең</translation>
    </message>
    <message>
        <source>Leader, shaded by the lead over the runner-up (points of the share, derived)</source>
        <translation>Көшбасшы; реңкі — екінші орыннан айырмасы (үлес тармақтары, есептелген)</translation>
    </message>
    <message>
        <source>{0}: share of valid votes</source>
        <translation>{0}: жарамды дауыстардың үлесі</translation>
    </message>
    <message>
        <source>(derived where not reported)</source>
        <translation>(хабарланбаған жерде есептелген)</translation>
    </message>
    <message>
        <source>Turnout</source>
        <translation>Келу</translation>
    </message>
    <message>
        <source>(derived from ballots and registered voters where not reported)</source>
        <translation>(хабарланбаған жерде бюллетеньдер мен сайлаушылардан есептелген)</translation>
    </message>
    <message>
        <source>{0}: change in share since the compared file (points, derived)</source>
        <translation>{0}: салыстырылатын файлдан бергі үлестің өзгерісі (тармақ, есептелген)</translation>
    </message>
    <message>
        <source>No file to compare with: File → Compare With… first.</source>
        <translation>Салыстыратын файл жоқ: алдымен Файл → Салыстыру…</translation>
    </message>
    <message>
        <source>{0} is not in the compared file.</source>
        <translation>{0} салыстырылатын файлда жоқ.</translation>
    </message>
    <message>
        <source>points</source>
        <translation>тармақ</translation>
    </message>
    <message>
        <source>counted</source>
        <translation>саналды</translation>
    </message>
    <message>
        <source>partly counted</source>
        <translation>ішінара саналды</translation>
    </message>
    <message>
        <source>not yet counted</source>
        <translation>әлі саналмады</translation>
    </message>
    <message>
        <source>Reporting progress (the file's units reported)</source>
        <translation>Санау барысы (файлдың есеп берген бірліктері)</translation>
    </message>
    <message>
        <source>This file has no results by region: the map can't show votes or shares for its places.</source>
        <translation>Бұл файлда аймақтар бойынша нәтижелер жоқ: карта орындар бойынша дауыстарды не үлестерді көрсете алмайды.</translation>
    </message>
    <message>
        <source>preliminary</source>
        <translation>алдын ала</translation>
    </message>
    <message>
        <source>final</source>
        <translation>түпкілікті</translation>
    </message>
    <message>
        <source>certified</source>
        <translation>бекітілген</translation>
    </message>
    <message>
        <source>unofficial</source>
        <translation>бейресми</translation>
    </message>
</context>
<context>
    <name>ChartPane</name>
    <message>
        <source>Chart view</source>
        <translation>Диаграмма түрі</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Диаграммалар</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>Bar chart of vote shares</source>
        <translation>Дауыс үлестерінің бағаналы диаграммасы</translation>
    </message>
    <message>
        <source>{0}% threshold</source>
        <translation>{0}% шегі</translation>
    </message>
    <message>
        <source>majority</source>
        <translation>көпшілік</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>хабарланбаған</translation>
    </message>
    <message>
        <source>+{0} more, votes not reported</source>
        <translation>+тағы {0}, дауыстар хабарланбаған</translation>
    </message>
    <message>
        <source>+{0} more: {1} votes, {2} together</source>
        <translation>+тағы {0}: {1} дауыс, барлығы {2}</translation>
    </message>
    <message>
        <source> ({0} without a reported figure)</source>
        <translation> (хабарланған дерегі жоқ: {0})</translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <translation>… және тағы {0}</translation>
    </message>
    <message>
        <source> (estimated)</source>
        <translation> (бағалау)</translation>
    </message>
    <message>
        <source>{0} votes{1}, {2}</source>
        <translation>{0} дауыс{1}, {2}</translation>
    </message>
    <message>
        <source> Selected: {0}.</source>
        <translation> Таңдалған: {0}.</translation>
    </message>
    <message>
        <source>Bars in the table's order: {0}.{1}{2} Arrow keys move between bars.</source>
        <translation>Бағаналар кесте ретімен: {0}.{1}{2} Бағыт пернелері бағаналар арасында жылжытады.</translation>
    </message>
</context>
<context>
    <name>ChartViews</name>
    <message>
        <source>Bars</source>
        <translation>Бағаналар</translation>
    </message>
    <message>
        <source>Vote shares</source>
        <translation>Дауыс үлестері</translation>
    </message>
    <message>
        <source>Vote shares as bars in the table's order; chosen by itself for more than {0} candidates, as many as a pie can show legibly</source>
        <translation>Дауыс үлестері кесте ретімен бағаналар түрінде; үміткерлер саны {0}-ден асқанда өздігінен таңдалады — дөңгелек диаграмма анық көрсете алатын шек</translation>
    </message>
    <message>
        <source>majority ({0}%)</source>
        <translation>көпшілік ({0}%)</translation>
    </message>
    <message>
        <source>earlier: {0}</source>
        <translation>ертерек: {0}</translation>
    </message>
    <message>
        <source>later: {0}</source>
        <translation>кейін: {0}</translation>
    </message>
    <message>
        <source>the results on screen</source>
        <translation>экрандағы нәтижелер</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Өзгеріс</translation>
    </message>
    <message>
        <source>Change in points</source>
        <translation>Пункттегі өзгеріс</translation>
    </message>
    <message>
        <source>Points gained or lost per candidate since the earlier count, and seats where both counts have them</source>
        <translation>Әр кандидаттың бұрынғы санақтан бергі қосқан не жоғалтқан пункттері, екі санақта да болса, орындары</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Санақ барысы</translation>
    </message>
    <message>
        <source>Shares over the count</source>
        <translation>Санақ барысындағы үлестер</translation>
    </message>
    <message>
        <source>Each candidate&apos;s share in every version of the count kept so far; click a point to replay that version</source>
        <translation>Әр кандидаттың санақтың сақталған әр нұсқасындағы үлесі; нүктені басса, сол нұсқа көрсетіледі</translation>
    </message>
    <message>
        <source>version {0}, seen {1}</source>
        <translation>{0}-нұсқа, {1} алынды</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG суреті (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG суреті (*.svg)</translation>
    </message>
    <message>
        <source>Change Chart as PNG…</source>
        <translation>Өзгерістер диаграммасы PNG ретінде…</translation>
    </message>
    <message>
        <source>Change Chart as SVG…</source>
        <translation>Өзгерістер диаграммасы SVG ретінде…</translation>
    </message>
    <message>
        <source>Count over Time as PNG…</source>
        <translation>Санақ барысы PNG ретінде…</translation>
    </message>
    <message>
        <source>Count over Time as SVG…</source>
        <translation>Санақ барысы SVG ретінде…</translation>
    </message>
    <message>
        <source>only in the earlier count: {0}</source>
        <translation>тек бұрынғы санақта: {0}</translation>
    </message>
    <message>
        <source>only in the later count: {0}</source>
        <translation>тек кейінгі санақта: {0}</translation>
    </message>
    <message>
        <source>; … and {0} more</source>
        <translation>; … және тағы {0}</translation>
    </message>
    <message>
        <source>Change measure</source>
        <translation>Өзгеріс өлшемі</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Пункттер</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Орындар</translation>
    </message>
    <message>
        <source>The bars&apos; length: points of share gained or lost, or seats (where both counts allocate seats)</source>
        <translation>Бағандардың ұзындығы: үлестің қосылған не жоғалған пункттері немесе орындар (екі санақта да орын бөлінсе)</translation>
    </message>
    <message>
        <source>Change in seats</source>
        <translation>Орындағы өзгеріс</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <source>{day} January {year}</source>
        <translation>{year} ж. {day} қаңтар</translation>
    </message>
    <message>
        <source>{day} February {year}</source>
        <translation>{year} ж. {day} ақпан</translation>
    </message>
    <message>
        <source>{day} March {year}</source>
        <translation>{year} ж. {day} наурыз</translation>
    </message>
    <message>
        <source>{day} April {year}</source>
        <translation>{year} ж. {day} сәуір</translation>
    </message>
    <message>
        <source>{day} May {year}</source>
        <translation>{year} ж. {day} мамыр</translation>
    </message>
    <message>
        <source>{day} June {year}</source>
        <translation>{year} ж. {day} маусым</translation>
    </message>
    <message>
        <source>{day} July {year}</source>
        <translation>{year} ж. {day} шілде</translation>
    </message>
    <message>
        <source>{day} August {year}</source>
        <translation>{year} ж. {day} тамыз</translation>
    </message>
    <message>
        <source>{day} September {year}</source>
        <translation>{year} ж. {day} қыркүйек</translation>
    </message>
    <message>
        <source>{day} October {year}</source>
        <translation>{year} ж. {day} қазан</translation>
    </message>
    <message>
        <source>{day} November {year}</source>
        <translation>{year} ж. {day} қараша</translation>
    </message>
    <message>
        <source>{day} December {year}</source>
        <translation>{year} ж. {day} желтоқсан</translation>
    </message>
</context>
<context>
    <name>other_counts</name>
    <message>
        <source>overvotes</source>
        <translation>артық белгілер</translation>
    </message>
    <message>
        <source>undervotes</source>
        <translation>толық емес белгілер</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>жарамсыз</translation>
    </message>
    <message>
        <source>blank</source>
        <translation>бос бюллетеньдер</translation>
    </message>
    <message>
        <source>none of the above</source>
        <translation>бәріне қарсы</translation>
    </message>
    <message>
        <source>rejected write-ins</source>
        <translation>қабылданбаған жазылған кандидаттар</translation>
    </message>
    <message>
        <source>write-ins</source>
        <translation>жазылған кандидаттар</translation>
    </message>
    <message>
        <source>inactive ballots (final round)</source>
        <translation>санаудан шыққан бюллетеньдер (соңғы тур)</translation>
    </message>
</context>
<context>
    <name>ChangeChart</name>
    <message>
        <source>Change chart: points gained or lost</source>
        <translation>Өзгерістер диаграммасы: қосылған және жоғалған пункттер</translation>
    </message>
    <message>
        <source>not in the earlier count</source>
        <translation>бұрынғы санақта жоқ</translation>
    </message>
    <message>
        <source>{0} points</source>
        <translation>{0} пункт</translation>
    </message>
    <message>
        <source>{0} seats</source>
        <translation>{0} орын</translation>
    </message>
    <message>
        <source>+{0} more, not in the earlier count</source>
        <translation>тағы {0}, бұрынғы санақта жоқ</translation>
    </message>
    <message>
        <source>+{0} more: {1} points together ({2} gained, {3} lost)</source>
        <translation>тағы {0}: барлығы {1} пункт ({2} өсті, {3} кеміді)</translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <translation>… және тағы {0}</translation>
    </message>
    <message>
        <source>{0} votes; now {1} votes, {2}</source>
        <translation>{0} дауыс; қазір {1} дауыс, {2}</translation>
    </message>
    <message>
        <source>Change in points, {0}, in the table&apos;s order: {1}.{2}{3} Arrow keys move between bars.</source>
        <translation>Пункттегі өзгеріс, {0}, кесте ретімен: {1}.{2}{3} Бағандар арасында жебе пернелерімен жүруге болады.</translation>
    </message>
    <message>
        <source> Selected: {0}.</source>
        <translation> Таңдалғаны: {0}.</translation>
    </message>
    <message>
        <source>+{0} more: {1} seats together ({2} gained, {3} lost)</source>
        <translation>тағы {0}: барлығы {1} орын ({2} өсті, {3} кеміді)</translation>
    </message>
    <message>
        <source>Change in seats, {0}, in the table&apos;s order: {1}.{2}{3} Arrow keys move between bars.</source>
        <translation>Орындағы өзгеріс, {0}, кесте ретімен: {1}.{2}{3} Бағандар арасында жебе пернелерімен жүруге болады.</translation>
    </message>
</context>
<context>
    <name>CountSeriesModel</name>
    <message>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <source>{0}, {1} votes</source>
        <translation>{0}, {1} дауыс</translation>
    </message>
    <message>
        <source>not in this version</source>
        <translation>бұл нұсқада жоқ</translation>
    </message>
    <message>
        <source>{0} valid votes counted</source>
        <translation>{0} жарамды дауыс саналды</translation>
    </message>
    <message>
        <source>{0} of {1} units reporting</source>
        <translation>{1} учаскенің {0} деректері келді</translation>
    </message>
    <message>
        <source>{0} units reporting</source>
        <translation>{0} учаске деректері келді</translation>
    </message>
</context>
<context>
    <name>CountHistoryChart</name>
    <message>
        <source>Count over time: each candidate&apos;s share by version</source>
        <translation>Санақ барысы: әр кандидаттың нұсқалар бойынша үлесі</translation>
    </message>
    <message>
        <source>version</source>
        <translation>нұсқа</translation>
    </message>
    <message>
        <source>share, %</source>
        <translation>үлес, %</translation>
    </message>
    <message>
        <source>+{0} more candidates not drawn (their shares are in the table)</source>
        <translation>тағы {0} кандидат көрсетілмеген (олардың үлестері кестеде)</translation>
    </message>
    <message>
        <source>valid votes counted {0} → {1}</source>
        <translation>саналған жарамды дауыстар: {0} → {1}</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{1} ішінен {0}</translation>
    </message>
    <message>
        <source>units reporting {0} → {1}</source>
        <translation>деректері келген учаскелер: {0} → {1}</translation>
    </message>
    <message>
        <source>Shares from version 1 to {0}: {1}. Click a point to replay its version; the left and right arrow keys replay the one before or after.</source>
        <translation>1-нұсқадан {0}-нұсқаға дейінгі үлестер: {1}. Нүктені басса, оның нұсқасы көрсетіледі; сол және оң жебе пернелері алдыңғы не келесі нұсқаны көрсетеді.</translation>
    </message>
</context>
<context>
    <name>SankeyFlow</name>
    <message>
        <source>surplus of an elected candidate: the votes over the threshold move on</source>
        <translation>сайланған кандидаттың артық дауыстары: шектен асқан дауыстар әрі қарай беріледі</translation>
    </message>
    <message>
        <source>split from a batch in proportion to votes given up</source>
        <translation>берілген дауыстарға сай бөлінген топтан</translation>
    </message>
</context>
<context>
    <name>LatestWork</name>
    <message>
        <source>the history store failed: {0}</source>
        <translation>тарих қоймасы істен шықты: {0}</translation>
    </message>
    <message>
        <source>its stored copy is missing or damaged</source>
        <translation>оның сақталған көшірмесі жоқ немесе бүлінген</translation>
    </message>
</context>
<context>
    <name>CountSeriesReader</name>
    <message>
        <source>Reading a stored version…</source>
        <translation>Сақталған нұсқа оқылуда…</translation>
    </message>
    <message>
        <source>Reading {0} stored versions…</source>
        <translation>Сақталған нұсқалар оқылуда ({0})…</translation>
    </message>
    <message>
        <source>The count over time could not be read: {0}</source>
        <translation>Санақ барысын оқу мүмкін болмады: {0}</translation>
    </message>
    <message>
        <source>{0} of {1} stored versions could not be read and have no points: {2}</source>
        <translation>{1} сақталған нұсқаның {0} оқылмады, олардың нүктелері жоқ: {2}</translation>
    </message>
    <message>
        <source>{0} {1} read</source>
        <translation>{0} оқылды: {1}</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>{contest}: candidates whose names look alike but are spelt with different characters: {pairs} and {count} more — check which is meant</source>
        <translation>{contest}: кандидаттардың аттары бірдей көрінеді, бірақ әртүрлі таңбалармен жазылған: {pairs} және тағы {count} — қайсысы меңзелгенін тексеріңіз</translation>
    </message>
    <message>
        <source>{contest}: candidates whose names look alike but are spelt with different characters: {pairs} — check which is meant</source>
        <translation>{contest}: кандидаттардың аттары бірдей көрінеді, бірақ әртүрлі таңбалармен жазылған: {pairs} — қайсысы меңзелгенін тексеріңіз</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} және {second}</translation>
    </message>
    <message>
        <source>a non-candidate count</source>
        <translation>кандидатқа жатпайтын көрсеткіш</translation>
    </message>
    <message>
        <source>{contest}: {unit} reports {reported} for {what} but its sub-units add up to {parts}; the sub-units are used.</source>
        <translation>{contest}: {unit}: {what} — {reported}, ал төменгі бірліктердің қосындысы {parts}; төменгі бірліктердің деректері қолданылады.</translation>
    </message>
    <message>
        <source>{contest}: {count} more units disagree with their sub-units; the sub-units are used.</source>
        <translation>{contest}: тағы {count} бірлік өз төменгі бірліктерімен сәйкес келмейді; төменгі бірліктердің деректері қолданылады.</translation>
    </message>
    <message>
        <source>rows for {row} were taken as totals of the whole area and not added to it</source>
        <translation>{row} жолдары бүкіл аумақтың қорытындысы ретінде алынды және оған қосылмады</translation>
    </message>
    <message>
        <source>{count} count(s) had a TOTAL row beside vote-mode rows; the TOTAL was used, not the sum of both</source>
        <translation>{count} санақта дауыс беру тәсілдерінің жолдарымен қатар TOTAL жолы бар; екеуінің қосындысы емес, TOTAL қолданылды</translation>
    </message>
    <message>
        <source>{contest}: {label} rows repeat the write-in rows and were left out</source>
        <translation>{contest}: {label} жолдары қолмен жазылған кандидаттардың жолдарын қайталайды және есепке алынбады</translation>
    </message>
    <message>
        <source>{contest}: rows named {label} are totals of the other rows (they agree) and were left out</source>
        <translation>{contest}: {label} деп аталған жолдар басқа жолдардың қорытындысы (олар сәйкес келеді) және есепке алынбады</translation>
    </message>
    <message>
        <source>{contest}: the {label} row says {stated} but the candidates beside it add up to {added}; the candidates&apos; figures are used</source>
        <translation>{contest}: {label} жолында {stated} көрсетілген, ал қасындағы кандидаттардың қосындысы {added}; кандидаттардың деректері қолданылады</translation>
    </message>
    <message>
        <source>blank ballots</source>
        <translation>бос бюллетеньдер</translation>
    </message>
    <message>
        <source>{role} rows are not shown (electview has no place for them)</source>
        <translation>«{role}» жолдары көрсетілмейді (electview-те олар үшін орын жоқ)</translation>
    </message>
    <message>
        <source>a contest</source>
        <translation>сайлау</translation>
    </message>
    <message>
        <source>{contest}: {votes} votes at {units} unit(s) outside its district {district} were left out</source>
        <translation>{contest}: {district} округінен тыс {units} бірліктегі {votes} дауыс есепке алынбады</translation>
    </message>
    <message>
        <source>the report has {count} elections; only the first is shown</source>
        <translation>есепте {count} сайлау бар; тек біріншісі көрсетілген</translation>
    </message>
    <message>
        <source>counts for {count} unknown GpUnit id(s) were left out ({ids})</source>
        <translation>белгісіз GpUnit идентификаторлары бойынша нәтижелер есепке алынбады, барлығы {count} ({ids})</translation>
    </message>
    <message>
        <source>no results yet: the report has no vote counts (a pre-election report)</source>
        <translation>әзірге нәтиже жоқ: есепте дауыс саны жоқ (сайлау алдындағы есеп)</translation>
    </message>
    <message>
        <source>the report is marked as test data (IsTest)</source>
        <translation>есеп сынақ деректері ретінде белгіленген (IsTest)</translation>
    </message>
    <message>
        <source>unknown results status {status}</source>
        <translation>нәтижелердің белгісіз мәртебесі {status}</translation>
    </message>
    <message>
        <source>{count} votes are not broken down by place</source>
        <translation>{count} дауыс орындар бойынша бөлінбеген</translation>
    </message>
    <message>
        <source>the breakdown has more</source>
        <translation>бөліністе көбірек</translation>
    </message>
    <message>
        <source>{contest}: {choice} has totalVotes {stated} but its vote types add up to {added} ({missing})</source>
        <translation>{contest}: {choice}: totalVotes {stated}, ал дауыс беру түрлерінің қосындысы {added} ({missing})</translation>
    </message>
    <message>
        <source>no EML 230 candidate list for this election beside the file: candidates are shown by number</source>
        <translation>файлдың жанында бұл сайлаудың EML 230 кандидаттар тізімі жоқ: кандидаттар нөмірлерімен көрсетілген</translation>
    </message>
    <message>
        <source>this is a corrigendum: figures correct an earlier count</source>
        <translation>бұл түзету: деректер бұрынғы санақты түзетеді</translation>
    </message>
    <message>
        <source>{area}: the reporting units add up to more than the area&apos;s total votes</source>
        <translation>{area}: есеп беретін бірліктердің қосындысы аумақтың жалпы дауыс санынан көп</translation>
    </message>
    <message>
        <source>the file breaks down {count} reporting unit(s) but not all of {area}; the rest of the area&apos;s total is shown as one unit</source>
        <translation>файл {count} есеп беретін бірлік бойынша бөледі, бірақ {area} аумағын толық қамтымайды; аумақ қорытындысының қалғаны бір бірлік ретінде көрсетілген</translation>
    </message>
    <message>
        <source>{list}: the list is marked elected but {count} of its candidates are elected; the seats follow the candidates</source>
        <translation>{list}: тізім сайланды деп белгіленген, бірақ оның сайланған кандидаттары: {count}; орындар кандидаттар бойынша бөлінеді</translation>
    </message>
    <message>
        <source>{list}: the list is marked not elected but {count} of its candidates are elected; the seats follow the candidates</source>
        <translation>{list}: тізім сайланбады деп белгіленген, бірақ оның сайланған кандидаттары: {count}; орындар кандидаттар бойынша бөлінеді</translation>
    </message>
    <message>
        <source>{count} polling station number(s) used by more than one column (e.g. {number})</source>
        <translation>бірнеше бағанда қолданылған сайлау учаскесі нөмірлері: {count} (мысалы, {number})</translation>
    </message>
    <message>
        <source>{count} reconciliation row(s) not shown (e.g. {row})</source>
        <translation>салыстыру жолдары көрсетілмеген: {count} (мысалы, {row})</translation>
    </message>
    <message>
        <source>{list}: Totaal {total} but the polling stations add up to {added}</source>
        <translation>{list}: Totaal {total}, ал сайлау учаскелерінің қосындысы {added}</translation>
    </message>
    <message>
        <source>{count} not attributed to a candidate</source>
        <translation>{count} ешбір кандидатқа жатқызылмаған</translation>
    </message>
    <message>
        <source>the candidates have more</source>
        <translation>кандидаттарда көбірек</translation>
    </message>
    <message>
        <source>{contest}, {place}: totalvotes {stated} but the candidates&apos; votes add up to {added} ({detail})</source>
        <translation>{contest}, {place}: totalvotes {stated}, ал кандидаттар дауыстарының қосындысы {added} ({detail})</translation>
    </message>
    <message>
        <source>{contest}: {mode} is blank in {count} rows (not reported, not zero); those totals count only the other vote modes</source>
        <translation>{contest}: {count} жолда {mode} бос (хабарланбаған, нөл емес); олардың қорытындыларында тек басқа дауыс беру тәсілдері есептелген</translation>
    </message>
    <message>
        <source>precinct rows named {place} are a vote mode, not a place; they count in the county&apos;s total</source>
        <translation>{place} деп аталған учаске жолдары — орын емес, дауыс беру тәсілі; олар округ қорытындысына кіреді</translation>
    </message>
    <message>
        <source>candidate names from {source}</source>
        <translation>кандидаттардың аттары {source} файлынан алынды</translation>
    </message>
    <message>
        <source>a protocol figure</source>
        <translation>хаттама көрсеткіші</translation>
    </message>
    <message>
        <source>registered voters</source>
        <translation>тізімдегі сайлаушылар</translation>
    </message>
    <message>
        <source>ballots cast</source>
        <translation>берілген бюллетеньдер</translation>
    </message>
    <message>
        <source>valid votes</source>
        <translation>жарамды дауыстар</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>жарамсыз</translation>
    </message>
    <message>
        <source>blank</source>
        <translation>бос</translation>
    </message>
    <message>
        <source>majority</source>
        <translation>көпшілік</translation>
    </message>
    <message>
        <source>a number of areas</source>
        <translation>аумақтар саны</translation>
    </message>
    <message>
        <source>ballots issued</source>
        <translation>таратылған бюллетеньдер</translation>
    </message>
    <message>
        <source>ballots received</source>
        <translation>алынған бюллетеньдер</translation>
    </message>
    <message>
        <source>ballots not used</source>
        <translation>пайдаланылмаған бюллетеньдер</translation>
    </message>
    <message>
        <source>ballots lost</source>
        <translation>жоғалған бюллетеньдер</translation>
    </message>
    <message>
        <source>abstentions</source>
        <translation>қалыс қалғандар</translation>
    </message>
    <message>
        <source>{count} columns are protocol figures, not candidates: {columns}</source>
        <translation>{count} баған — кандидаттар емес, хаттама көрсеткіштері: {columns}</translation>
    </message>
    <message>
        <source>{count} more ({what})</source>
        <translation>тағы {count} ({what})</translation>
    </message>
    <message>
        <source>{count} rows have no {mode} figure (blank: not reported, not zero); their totals count only the vote modes given</source>
        <translation>{mode} көрсеткіші жоқ жолдар: {count} (бос: хабарланбаған, нөл емес); олардың қорытындыларында тек берілген дауыс беру тәсілдері есептелген</translation>
    </message>
    <message>
        <source>{label} ({what})</source>
        <translation>{label} ({what})</translation>
    </message>
    <message>
        <source>line {line} has no name and its figures are the sum of the other rows of {area}: read as that area&apos;s total, checked against them</source>
        <translation>{line}-жолдың атауы жоқ, ал оның сандары {area} аумағының басқа жолдарының қосындысы: сол аумақтың қорытындысы ретінде оқылып, олармен салыстырылды</translation>
    </message>
    <message>
        <source>the party is written at the end of each candidate&apos;s name; it was split off</source>
        <translation>партия әр кандидат атының соңында жазылған; ол бөлініп алынды</translation>
    </message>
    <message>
        <source>{what} ×{count}</source>
        <translation>{what} ×{count}</translation>
    </message>
    <message>
        <source>line {line} names seat {code} {name}, elsewhere {first}; the code decides</source>
        <translation>{line}-жолда {code} орны {name} деп аталған, басқа жолдарда {first}; код шешеді</translation>
    </message>
    <message>
        <source>the shares in {column} are not the votes over this table&apos;s totals; shown as the file&apos;s own figures</source>
        <translation>{column} бағанындағы үлестер дауыстардың осы кесте қорытындыларына қатынасы емес; файлдың өз деректері ретінде көрсетілген</translation>
    </message>
    <message>
        <source>column {column} is part of the other columns (with it the candidates add up to more than {total}); it is shown apart, not as a candidate</source>
        <translation>{column} бағаны — басқа бағандардың бөлігі (онымен кандидаттардың қосындысы {total} мәнінен көп); ол кандидат ретінде емес, бөлек көрсетілген</translation>
    </message>
    <message>
        <source>{name} ({scripts})</source>
        <translation>{name} ({scripts})</translation>
    </message>
    <message>
        <source>Latin</source>
        <translation>латын жазуы</translation>
    </message>
    <message>
        <source>Cyrillic</source>
        <translation>кирилл жазуы</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>грек жазуы</translation>
    </message>
    <message>
        <source>Armenian</source>
        <translation>армян жазуы</translation>
    </message>
    <message>
        <source>Georgian</source>
        <translation>грузин жазуы</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>араб жазуы</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>еврей жазуы</translation>
    </message>
    <message>
        <source>Fullwidth</source>
        <translation>толық енді таңбалар</translation>
    </message>
</context>
</TS>
