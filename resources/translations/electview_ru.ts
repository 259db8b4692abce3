<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <source>How to read this table</source>
        <translation>Как читать эту таблицу</translation>
    </message>
    <message>
        <source>electview could not read this table with confidence. Say what each column holds; OK becomes possible once the table adds up.</source>
        <translation>electview не смог уверенно прочитать эту таблицу. Укажите, что в каждом столбце; OK станет доступна, когда таблица сойдётся.</translation>
    </message>
    <message>
        <source>As electview read it: {0}</source>
        <translation>Как прочитал electview: {0}</translation>
    </message>
    <message>
        <source>Header starts on line</source>
        <translation>Заголовок начинается в строке</translation>
    </message>
    <message>
        <source>Header rows</source>
        <translation>Строк заголовка</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>(not used)</source>
        <translation>(не используется)</translation>
    </message>
    <message>
        <source>A candidate (votes)</source>
        <translation>Кандидат (голоса)</translation>
    </message>
    <message>
        <source>Candidate name</source>
        <translation>Имя кандидата</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Партия</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Голоса</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>Доля (%)</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Contest</source>
        <translation>Выборы</translation>
    </message>
    <message>
        <source>Valid votes</source>
        <translation>Действительные голоса</translation>
    </message>
    <message>
        <source>Registered voters</source>
        <translation>Избиратели в списке</translation>
    </message>
    <message>
        <source>Ballots cast</source>
        <translation>Поданные бюллетени</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Недействительные</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>Пустые</translation>
    </message>
    <message>
        <source>The same reading as --columns on the command line; edit it for blocks and other forms.</source>
        <translation>То же прочтение, что --columns в командной строке; правьте его для блоков и других форм.</translation>
    </message>
    <message>
        <source>Reading (--columns):</source>
        <translation>Прочтение (--columns):</translation>
    </message>
    <message>
        <source>Choose the columns above.</source>
        <translation>Выберите столбцы выше.</translation>
    </message>
    <message>
        <source>Does not read: {0}</source>
        <translation>Не читается: {0}</translation>
    </message>
    <message>
        <source>Reads as {0} contest(s); the first has {1} candidates and {2} votes in all. It adds up.</source>
        <translation>Читается как {0} выборов; в первых {1} кандидатов и {2} голосов. Таблица сходится.</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Кандидат</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <source>Report a problem</source>
        <translation>Сообщить о проблеме</translation>
    </message>
    <message>
        <source>Results file format</source>
        <translation>Формат файла результатов</translation>
    </message>
    <message>
        <source>About electview</source>
        <translation>О программе electview</translation>
    </message>
    <message>
        <source>A desktop viewer for election results: a sortable candidate table, a live pie chart, commentary and a printable summary.</source>
        <translation>Программа для просмотра результатов выборов: сортируемая таблица кандидатов, живая круговая диаграмма, комментарии и сводка для печати.</translation>
    </message>
    <message>
        <source>Released under the {0} licence. {1}.</source>
        <translation>Распространяется по лицензии {0}. {1}.</translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation>Собрано с:</translation>
    </message>
    <message>
        <source>Settings:</source>
        <translation>Настройки:</translation>
    </message>
    <message>
        <source>Log file:</source>
        <translation>Журнал:</translation>
    </message>
</context>
<context>
    <name>AccessibilityController</name>
    <message>
        <source>Next &amp;Pane</source>
        <translation>Следующая &amp;панель</translation>
    </message>
    <message>
        <source>Pre&amp;vious Pane</source>
        <translation>П&amp;редыдущая панель</translation>
    </message>
    <message>
        <source> Selected: {0}.</source>
        <translation> Выбрано: {0}.</translation>
    </message>
    <message>
        <source>{0} Slices, largest first: {1}.{2} Arrow keys move between slices.</source>
        <translation>{0} Секторы, от большего к меньшему: {1}.{2} Клавиши со стрелками переходят между секторами.</translation>
    </message>
</context>
<context>
    <name>BackgroundOpener</name>
    <message>
        <source>Reading {name}…</source>
        <translation>Чтение {name}…</translation>
    </message>
    <message>
        <source>Cancelled opening {name}</source>
        <translation>Открытие {name} отменено</translation>
    </message>
</context>
<context>
    <name>CandidateTableModel</name>
    <message>
        <source>Candidate</source>
        <extracomment>Raw value for sorting: float for numbers, casefolded text for names. True where the figure in the cell is an estimate (shown in italics with ≈). The candidate&apos;s colour as &quot;#rrggbb&quot; (every column). The candidate&apos;s index in the contest (every column): stable across sorting. True where the cell&apos;s figure differs from the baseline&apos;s (votes, share, change columns). Background of changed cells while :meth:`CandidateTableModel.set_highlighting` is on.</extracomment>
        <translation>Кандидат</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Партия</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Голоса</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <source>± Points</source>
        <extracomment>Sort key for &quot;no earlier figure&quot;: below every real change in either direction.</extracomment>
        <translation>± п. п.</translation>
    </message>
    <message>
        <source>Change in share, in percentage points, since {0}</source>
        <translation>Изменение доли в процентных пунктах по сравнению с {0}</translation>
    </message>
    <message>
        <source>Estimated, not reported.</source>
        <translation>Оценка, не опубликовано.</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>Не опубликовано</translation>
    </message>
    <message>
        <source>As reported</source>
        <translation>Как опубликовано</translation>
    </message>
    <message>
        <source>Computed by electview: votes ÷ {0} valid votes</source>
        <translation>Вычислено electview: голоса ÷ {0} действительных голосов</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Rule: {0}.</source>
        <translation>Правило: {0}.</translation>
    </message>
    <message>
        <source>{0} Added by the file&apos;s editor: the source it cites doesn&apos;t give it.</source>
        <translation>{0} Добавлено составителем файла: в цитируемом источнике этого нет.</translation>
    </message>
</context>
<context>
    <name>Commentary</name>
    <message>
        <source>{0} — to {1}</source>
        <translation>{0} — для {1}</translation>
    </message>
</context>
<context>
    <name>CommentaryPane</name>
    <message>
        <source>Commentary</source>
        <translation>Комментарии</translation>
    </message>
    <message>
        <source>No commentary in this file.</source>
        <translation>В этом файле нет комментариев.</translation>
    </message>
</context>
<context>
    <name>ComparisonController</name>
    <message>
        <source>S&amp;wap Earlier and Later</source>
        <translation>Поменять &amp;ранние и поздние</translation>
    </message>
    <message>
        <source>Take the other file as the earlier one</source>
        <translation>Считать более ранним другой файл</translation>
    </message>
    <message>
        <source>Comparing {0}</source>
        <translation>Сравнение: {0}</translation>
    </message>
    <message>
        <source>Compare &amp;With…</source>
        <translation>&amp;Сравнить с…</translation>
    </message>
    <message>
        <source>Compare with earlier results</source>
        <translation>Сравнить с более ранними результатами</translation>
    </message>
    <message>
        <source>&amp;Match Candidates…</source>
        <translation>Сопоставить &amp;кандидатов…</translation>
    </message>
    <message>
        <source>Correct how candidates are matched</source>
        <translation>Исправить сопоставление кандидатов</translation>
    </message>
    <message>
        <source>&amp;Stop Comparing</source>
        <translation>&amp;Прекратить сравнение</translation>
    </message>
    <message>
        <source>Hide the change column</source>
        <translation>Скрыть столбец изменений</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Сравнение</translation>
    </message>
    <message>
        <source>Compare with results file</source>
        <translation>Сравнить с файлом результатов</translation>
    </message>
    <message>
        <source>Could not compare</source>
        <translation>Не удалось сравнить</translation>
    </message>
    <message>
        <source>Comparing with {0}: not available for this place</source>
        <translation>Сравнение с {0}: для этого места недоступно</translation>
    </message>
    <message>
        <source>Comparing with {0}</source>
        <translation>Сравнение с {0}</translation>
    </message>
    <message>
        <source>Still comparing with {0}, chosen for the file opened before (the same election)</source>
        <translation>Сравнение с {0} продолжается: выбрано для ранее открытого файла (те же выборы)</translation>
    </message>
</context>
<context>
    <name>ComparisonSource</name>
    <message>
        <source>earlier: {0} → later: {1}</source>
        <translation>ранее: {0} → позже: {1}</translation>
    </message>
    <message>
        <source>the preliminary results</source>
        <translation>предварительными результатами</translation>
    </message>
    <message>
        <source>the unofficial results</source>
        <translation>неофициальными результатами</translation>
    </message>
    <message>
        <source>the final results</source>
        <translation>окончательными результатами</translation>
    </message>
    <message>
        <source>the certified results</source>
        <translation>утверждёнными результатами</translation>
    </message>
    <message>
        <source>the compared results</source>
        <translation>сравниваемыми результатами</translation>
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
        <translation>&amp;Избирательная система…</translation>
    </message>
    <message>
        <source>Say how many are elected and by which method (D'Hondt, Sainte-Laguë, largest remainder)</source>
        <translation>Указать, сколько избирается и каким методом (д’Ондт, Сент-Лагю, наибольший остаток)</translation>
    </message>
</context>
<context>
    <name>ElectoralSystemDialog</name>
    <message>
        <source>Electoral System</source>
        <translation>Избирательная система</translation>
    </message>
    <message>
        <source>Most votes win (one per seat)</source>
        <translation>Побеждают набравшие больше всех голосов (по одному на место)</translation>
    </message>
    <message>
        <source>Seats to fill:</source>
        <translation>Мест:</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Метод:</translation>
    </message>
    <message>
        <source>Legal threshold (of valid votes):</source>
        <translation>Заградительный барьер (от действительных голосов):</translation>
    </message>
    <message>
        <source>Use the File's Rule</source>
        <translation>Правило из файла</translation>
    </message>
    <message>
        <source>Expected valid votes in all:</source>
        <translation>Ожидаемое число действительных голосов:</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>не задано</translation>
    </message>
    <message>
        <source>While results are preliminary: the votes still to come are this figure minus the valid votes counted, and the runner-up&apos;s hurdle is the share of them it would need to overtake.</source>
        <translation>Пока итоги предварительные: оставшиеся голоса — это число минус подсчитанные действительные голоса, а барьер для второго — доля оставшихся голосов, нужная ему, чтобы обойти лидера.</translation>
    </message>
    <message>
        <source>Majority (or the threshold), else a run-off between the top two</source>
        <translation>Большинство (или порог), иначе второй тур между двумя первыми</translation>
    </message>
    <message>
        <source>Yes/No question: passes with more than half (or the threshold)</source>
        <translation>Вопрос «да/нет»: принимается, если «за» больше половины (или порога)</translation>
    </message>
</context>
<context>
    <name>HeaderBar</name>
    <message>
        <source>Election title</source>
        <translation>Название выборов</translation>
    </message>
    <message>
        <source>Results status</source>
        <translation>Статус результатов</translation>
    </message>
    <message>
        <source>Election details</source>
        <translation>Сведения о выборах</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Turnout</source>
        <translation>Явка</translation>
    </message>
    <message>
        <source>Audit findings</source>
        <translation>Результаты проверки</translation>
    </message>
    <message>
        <source>No results open</source>
        <translation>Результаты не открыты</translation>
    </message>
    <message>
        <source>Open a results file with File → Open… or drop one on the window.</source>
        <translation>Откройте файл результатов через Файл → Открыть… или перетащите его в окно.</translation>
    </message>
    <message>
        <source>round {0}</source>
        <translation>тур {0}</translation>
    </message>
    <message>
        <source>showing {0}</source>
        <translation>показано: {0}</translation>
    </message>
    <message>
        <source>Source: {0}</source>
        <translation>Источник: {0}</translation>
    </message>
    <message>
        <source>The source declares these results: {0}.</source>
        <translation>Источник объявляет эти результаты: {0}.</translation>
    </message>
    <message>
        <source>derived: {0}</source>
        <translation>вычислено: {0}</translation>
    </message>
    <message>
        <source>as reported</source>
        <translation>как опубликовано</translation>
    </message>
    <message>
        <source>Turnout {0} ({1})</source>
        <translation>Явка {0} ({1})</translation>
    </message>
    <message>
        <source>Turnout not reported</source>
        <translation>Явка не опубликована</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>не опубликовано</translation>
    </message>
    <message>
        <source>registered voters {0}</source>
        <translation>зарегистрировано избирателей: {0}</translation>
    </message>
    <message>
        <source>ballots cast {0}</source>
        <translation>подано бюллетеней: {0}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>{0} of {1} reporting units in</source>
        <translation>поступили данные {0} из {1} участков</translation>
    </message>
    <message>
        <source>valid votes {0}</source>
        <translation>действительных голосов: {0}</translation>
    </message>
    <message>
        <source>Note: </source>
        <translation>Примечание: </translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Показать всё</translation>
    </message>
    <message>
        <source>Show less</source>
        <translation>Свернуть</translation>
    </message>
    <message>
        <source>One line per finding</source>
        <translation>По одной строке на замечание</translation>
    </message>
    <message>
        <source>Show every finding whole</source>
        <translation>Показать все замечания полностью</translation>
    </message>
    <message>
        <source>continuing ballots (final round) {0}</source>
        <translation>бюллетеней в подсчёте (последний тур): {0}</translation>
    </message>
</context>
<context>
    <name>HemicycleChart</name>
    <message>
        <source>Parliament chart</source>
        <translation>Диаграмма парламента</translation>
    </message>
    <message>
        <source>Parties: tick to add to the coalition</source>
        <translation>Партии: отметьте, чтобы добавить в коалицию</translation>
    </message>
    <message>
        <source>Coalition</source>
        <translation>Коалиция</translation>
    </message>
    <message>
        <source>Click parties (or tick them) to build a coalition: {0} seats are a majority of {1}.</source>
        <translation>Щёлкните по партиям (или отметьте их), чтобы собрать коалицию: {0} мест — большинство из {1}.</translation>
    </message>
    <message>
        <source>{0}: {1} seats, {2} short of a majority of {3}.</source>
        <translation>{0}: мест {1}, до большинства в {3} не хватает {2}.</translation>
    </message>
    <message>
        <source>{0}: {1} seats, a majority ({2} of {3} needed).</source>
        <translation>{0}: мест {1}, это большинство (нужно {2} из {3}).</translation>
    </message>
    <message>
        <source>Tied, for the law to decide  {0}</source>
        <translation>Поровну, решает закон  {0}</translation>
    </message>
    <message>
        <source>majority {0}</source>
        <translation>большинство {0}</translation>
    </message>
    <message>
        <source>{0} seats</source>
        <translation>мест: {0}</translation>
    </message>
    <message>
        <source>Not decided yet  {0}</source>
        <translation>Ещё не решено  {0}</translation>
    </message>
</context>
<context>
    <name>LanguageController</name>
    <message>
        <source>&amp;Language</source>
        <extracomment>Language code → its name in that language (a menu of languages is read by speakers of each).</extracomment>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>Как в &amp;системе</translation>
    </message>
</context>
<context>
    <name>LiveController</name>
    <message>
        <source>version {0} of {1}, seen {2}</source>
        <translation>версия {0} из {1}, получена {2}</translation>
    </message>
    <message>
        <source>Open &amp;URL…</source>
        <translation>Открыть &amp;URL…</translation>
    </message>
    <message>
        <source>Follow results served over HTTP(S)</source>
        <translation>Следить за результатами по HTTP(S)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Data last changed</source>
        <translation>Данные последний раз изменились</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Последняя проверка</translation>
    </message>
    <message>
        <source>Live update problem</source>
        <translation>Сбой живого обновления</translation>
    </message>
    <message>
        <source>Fetching {0}…</source>
        <translation>Загрузка {0}…</translation>
    </message>
    <message>
        <source>Checked {0}</source>
        <translation>Проверено {0}</translation>
    </message>
    <message>
        <source>showing the last good version</source>
        <translation>показана последняя исправная версия</translation>
    </message>
    <message>
        <source>nothing to show yet</source>
        <translation>пока нечего показать</translation>
    </message>
    <message>
        <source>Stopped checking: {0}</source>
        <translation>Проверка остановлена: {0}</translation>
    </message>
    <message>
        <source>⚠ Version {0} can&apos;t be replayed: {1}</source>
        <translation>⚠ Версию {0} нельзя воспроизвести: {1}</translation>
    </message>
    <message>
        <source>the previous update ({0})</source>
        <translation>предыдущим обновлением ({0})</translation>
    </message>
    <message>
        <source>Stopped fetching {0}: the results on screen are unchanged.</source>
        <translation>Загрузка {0} остановлена: результаты на экране не изменились.</translation>
    </message>
    <message>
        <source> The results already on screen are unchanged.</source>
        <translation> Результаты на экране не изменились.</translation>
    </message>
    <message>
        <source>Could not open {0}</source>
        <translation>Не удалось открыть {0}</translation>
    </message>
    <message>
        <source>Could not fetch results from “{0}”:
{1}.</source>
        <translation>Не удалось получить результаты с «{0}»:
{1}.</translation>
    </message>
    <message>
        <source>Reading version {0}…</source>
        <translation>Чтение версии {0}…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Contest</source>
        <translation>Избирательная кампания</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Итоги</translation>
    </message>
    <message>
        <source>Majority gauge</source>
        <translation>Индикатор большинства</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Кандидаты</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <source>Vote shares</source>
        <translation>Доли голосов</translation>
    </message>
    <message>
        <source>Commentary</source>
        <translation>Комментарии</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Территории</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About electview</source>
        <translation>&amp;О программе electview</translation>
    </message>
    <message>
        <source>Open results file</source>
        <translation>Открыть файл результатов</translation>
    </message>
    <message>
        <source>Opened {0} ({1})</source>
        <translation>Открыт {0} ({1})</translation>
    </message>
    <message>
        <source>Could not reload</source>
        <translation>Не удалось перечитать</translation>
    </message>
    <message>
        <source>Reloaded {0}</source>
        <translation>Перечитан {0}</translation>
    </message>
    <message>
        <source>Could not open</source>
        <translation>Не удалось открыть</translation>
    </message>
    <message>
        <source> The results already on screen are unchanged.</source>
        <translation> Результаты на экране не изменились.</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>Очистить меню</translation>
    </message>
    <message>
        <source>Total valid votes: {0}</source>
        <translation>Всего действительных голосов: {0}</translation>
    </message>
    <message>
        <source> (derived: {0})</source>
        <translation> (вычислено: {0})</translation>
    </message>
    <message>
        <source>. Figures marked ≈ in italics are estimated by electview; hover for how.</source>
        <translation>. Числа с ≈ курсивом — оценки electview; наведите указатель, чтобы узнать, как они получены.</translation>
    </message>
    <message>
        <source>&amp;Contest</source>
        <translation>&amp;Голосование</translation>
    </message>
    <message>
        <source>Pie</source>
        <translation>Круговая</translation>
    </message>
</context>
<context>
    <name>MajorityController</name>
    <message>
        <source>Majority &amp;Threshold…</source>
        <translation>&amp;Порог большинства…</translation>
    </message>
    <message>
        <source>Set the share a candidate needs to win outright</source>
        <translation>Задать долю, нужную кандидату для победы в первом туре</translation>
    </message>
    <message>
        <source>Threshold &amp;Base</source>
        <translation>&amp;База порога</translation>
    </message>
    <message>
        <source>Share of &amp;Valid Votes</source>
        <translation>Доля &amp;действительных голосов</translation>
    </message>
    <message>
        <source>Share of &amp;Ballots Cast</source>
        <translation>Доля &amp;поданных бюллетеней</translation>
    </message>
    <message>
        <source>Majority Threshold</source>
        <translation>Порог большинства</translation>
    </message>
    <message>
        <source>Share needed to win outright (%):</source>
        <translation>Доля для победы в первом туре (%):</translation>
    </message>
    <message>
        <source>Dashed line: {0}% of {1}.</source>
        <translation>Пунктир: {0}% {1}.</translation>
    </message>
    <message>
        <source>Rule: {0}.</source>
        <translation>Правило: {0}.</translation>
    </message>
    <message>
        <source>One winner by most votes is assumed: the file doesn&apos;t say how many are elected (Contest → Electoral System… to change it).</source>
        <translation>Предполагается один победитель по большинству голосов: файл не говорит, сколько избирается (изменить: Голосование → Избирательная система…).</translation>
    </message>
</context>
<context>
    <name>MatchCandidatesDialog</name>
    <message>
        <source>Match Candidates</source>
        <translation>Сопоставление кандидатов</translation>
    </message>
    <message>
        <source>Match candidates</source>
        <translation>Сопоставление кандидатов</translation>
    </message>
    <message>
        <source>electview matched these by name (in any spelling) and party. Correct what it got wrong.</source>
        <translation>electview сопоставил их по имени (в любом написании) и партии. Исправьте ошибки.</translation>
    </message>
    <message>
        <source>(not in the new results)</source>
        <translation>(нет в новых результатах)</translation>
    </message>
    <message>
        <source>New name for {0}</source>
        <translation>Новое имя для {0}</translation>
    </message>
</context>
<context>
    <name>OpenUrlDialog</name>
    <message>
        <source>Open URL</source>
        <translation>Открыть URL</translation>
    </message>
    <message>
        <source>Results address</source>
        <translation>Адрес результатов</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>Check every</source>
        <translation>Проверять каждые</translation>
    </message>
    <message>
        <source>electview reads the results at this address now, then checks it again at this interval (asking the server only for changes, and waiting longer after errors) until the results are final or certified.</source>
        <translation>electview прочитает результаты по этому адресу сейчас, а затем будет проверять их с этим интервалом (запрашивая у сервера только изменения и выжидая дольше после ошибок), пока результаты не станут окончательными или утверждёнными.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>Check &amp;every:</source>
        <translation>Проверять &amp;каждые:</translation>
    </message>
</context>
<context>
    <name>ParliamentController</name>
    <message>
        <source>&amp;Parliament Chart…</source>
        <translation>Диаграмма &amp;парламента…</translation>
    </message>
    <message>
        <source>The seats as a parliament, with the majority line and a coalition builder</source>
        <translation>Места в виде парламента: линия большинства и сборка коалиции</translation>
    </message>
    <message>
        <source>The contest on screen allocates no seats</source>
        <translation>В показанном голосовании места не распределяются</translation>
    </message>
</context>
<context>
    <name>ParliamentWindow</name>
    <message>
        <source>Parliament Chart</source>
        <translation>Диаграмма парламента</translation>
    </message>
    <message>
        <source>The contest on screen allocates no seats.</source>
        <translation>В показанном голосовании места не распределяются.</translation>
    </message>
    <message>
        <source>elected</source>
        <translation>избраны</translation>
    </message>
    <message>
        <source>projected within the ballots counted</source>
        <translation>прогноз по подсчитанным бюллетеням</translation>
    </message>
</context>
<context>
    <name>PieChart</name>
    <message>
        <source>+{0} more</source>
        <translation>+ещё {0}</translation>
    </message>
    <message>
        <source>Legend entries not shown</source>
        <translation>Не показанные строки легенды</translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <translation>… и ещё {0}</translation>
    </message>
    <message>
        <source>Pie chart of vote shares</source>
        <translation>Круговая диаграмма долей голосов</translation>
    </message>
    <message>
        <source>Pie chart legend</source>
        <translation>Легенда диаграммы</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Прочие</translation>
    </message>
    <message>
        <source>Other ({0} candidates)</source>
        <translation>Прочие (кандидатов: {0})</translation>
    </message>
    <message>
        <source>The shares sum to {0}: each slice is its share of that sum.</source>
        <translation>Сумма долей — {0}: каждый сектор — доля от этой суммы.</translation>
    </message>
    <message>
        <source>{0}: {1} of valid votes, drawn as {2} of the circle.</source>
        <translation>{0}: {1} действительных голосов, на диаграмме — {2} круга.</translation>
    </message>
    <message>
        <source> (estimated)</source>
        <translation> (оценка)</translation>
    </message>
    <message>
        <source>{0}: {1} votes{2}, {3}</source>
        <translation>{0}: {1} голосов{2}, {3}</translation>
    </message>
</context>
<context>
    <name>PrecinctBrowser</name>
    <message>
        <source>Precincts — electview</source>
        <extracomment>Raw value of a cell (number, or text for names), as the sort uses it. Beyond this many candidates in scope, per-candidate columns would be unreadable (a national file has thousands); pick a region or district to see them.</extracomment>
        <translation>Участки — electview</translation>
    </message>
    <message>
        <source>This file has no precinct-level detail.</source>
        <translation>В этом файле нет данных по участкам.</translation>
    </message>
    <message>
        <source>Reading precincts was cancelled.</source>
        <translation>Чтение участков отменено.</translation>
    </message>
    <message>
        <source>Reading every precinct…</source>
        <translation>Чтение всех участков…</translation>
    </message>
    <message>
        <source>Reading precincts</source>
        <translation>Чтение участков</translation>
    </message>
    <message>
        <source>all regions</source>
        <translation>все регионы</translation>
    </message>
    <message>
        <source>1 station in {place}</source>
        <translation>1 участок: {place}</translation>
    </message>
    <message>
        <source>{count} stations in {place}</source>
        <translation>участков: {count} — {place}</translation>
    </message>
    <message>
        <source> · choose a region or district to see votes per candidate</source>
        <translation> · выберите регион или район, чтобы увидеть голоса за каждого кандидата</translation>
    </message>
    <message>
        <source>Filter by station, district or region</source>
        <translation>Фильтр по участку, округу или региону</translation>
    </message>
    <message>
        <source>Filter precincts</source>
        <translation>Фильтр участков</translation>
    </message>
    <message>
        <source>{shown} of {count} stations in {place} match “{text}”</source>
        <translation>{shown} из {count} участков ({place}) подходят под «{text}»</translation>
    </message>
    <message>
        <source>This contest is counted only for the whole area: there are no precincts to list.</source>
        <translation>Эти выборы подсчитаны только по всей территории: участков для списка нет.</translation>
    </message>
</context>
<context>
    <name>PrecinctBrowserController</name>
    <message>
        <source>&amp;Precinct Browser…</source>
        <translation>&amp;Обзор участков…</translation>
    </message>
    <message>
        <source>Every polling station: leader, margin, turnout and votes, sortable</source>
        <translation>Все избирательные участки: лидер, отрыв, явка и голоса, с сортировкой</translation>
    </message>
    <message>
        <source>This file gives results only for the whole area, not for precincts or polling stations</source>
        <translation>В этом файле результаты только по всей территории, не по участкам</translation>
    </message>
    <message>
        <source>This file has no votes counted yet (published before the count): there are no precinct results to browse</source>
        <translation>В этом файле ещё нет подсчитанных голосов (он опубликован до подсчёта): результатов по участкам нет</translation>
    </message>
    <message>
        <source>Each contest in this file is counted in one place only, its own area: there are no precincts or polling stations to browse</source>
        <translation>Каждое голосование в этом файле подсчитано только в одном месте — на своей территории: участков для просмотра нет</translation>
    </message>
</context>
<context>
    <name>PrintController</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Print the results report</source>
        <translation>Напечатать отчёт о результатах</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Пред&amp;варительный просмотр…</translation>
    </message>
    <message>
        <source>See the report&apos;s pages before printing</source>
        <translation>Просмотреть страницы отчёта перед печатью</translation>
    </message>
    <message>
        <source>Export as P&amp;DF…</source>
        <translation>Экспорт в P&amp;DF…</translation>
    </message>
    <message>
        <source>Save the results report as a PDF</source>
        <translation>Сохранить отчёт о результатах в PDF</translation>
    </message>
    <message>
        <source>Export All Contests as PDF…</source>
        <translation>Экспорт всех кампаний в PDF…</translation>
    </message>
    <message>
        <source>Save the report of every contest, each on its own pages</source>
        <translation>Сохранить отчёт по каждой кампании, каждую на своих страницах</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Экспорт</translation>
    </message>
    <message>
        <source>Table as &amp;CSV…</source>
        <translation>Таблица в &amp;CSV…</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Summary as &amp;JSON…</source>
        <translation>Сводка в &amp;JSON…</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Chart as &amp;PNG…</source>
        <translation>Диаграмма в &amp;PNG…</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Изображение PNG (*.png)</translation>
    </message>
    <message>
        <source>Chart as &amp;SVG…</source>
        <translation>Диаграмма в &amp;SVG…</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>Изображение SVG (*.svg)</translation>
    </message>
    <message>
        <source>Report as &amp;HTML…</source>
        <translation>Отчёт в &amp;HTML…</translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <source>Print results report</source>
        <translation>Печать отчёта о результатах</translation>
    </message>
    <message>
        <source>Could not print</source>
        <translation>Не удалось напечатать</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Предварительный просмотр</translation>
    </message>
    <message>
        <source>Export report as PDF</source>
        <translation>Экспорт отчёта в PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>Не удалось экспортировать</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>Сохранено: {0}</translation>
    </message>
</context>
<context>
    <name>ProgressIndicator</name>
    <message>
        <source>Loading progress</source>
        <translation>Ход загрузки</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>QuoteCard</name>
    <message>
        <source>Quote from {0}</source>
        <translation>Цитата: {0}</translation>
    </message>
</context>
<context>
    <name>RegionTree</name>
    <message>
        <source>Places</source>
        <translation>Территории</translation>
    </message>
</context>
<context>
    <name>RegionTreeModel</name>
    <message>
        <source>Place</source>
        <extracomment>The unit&apos;s index in the UnitTable.</extracomment>
        <translation>Территория</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Election fingerprint</source>
        <translation>«Отпечаток» выборов</translation>
    </message>
    <message>
        <source>{0} stations, 1-point cells, weighted by registered voters</source>
        <translation>участков: {0}, клетки по 1 пункту, с весом по числу избирателей</translation>
    </message>
    <message>
        <source>Election fingerprint (derived): the stations&apos; registered voters by turnout (across) and the leader&apos;s share of ballots cast (up), in 1-point cells; the darker a cell, the more voters (log scale). Honest elections usually show one roughly round cloud; a smear towards the top right corner (high turnout with a high leader&apos;s share) is the pattern ballot stuffing leaves, but regions that vote differently can make it too: a reason to look, not proof.</source>
        <translation>«Отпечаток» выборов (вычислено): избиратели участков по явке (по горизонтали) и доле лидера от поданных бюллетеней (по вертикали), клетки по 1 пункту; чем темнее клетка, тем больше в ней избирателей (логарифмическая шкала). Честные выборы обычно дают одно примерно круглое облако; шлейф к правому верхнему углу (высокая явка вместе с высокой долей лидера) — след вброса бюллетеней, но его могут дать и регионы, голосующие иначе: это повод присмотреться, а не доказательство.</translation>
    </message>
    <message>
        <source>{0} at 99.95% and above, cut at the top</source>
        <translation>{0} — на 99,95% и выше, обрезано сверху</translation>
    </message>
    <message>
        <source>Turnout across stations</source>
        <translation>Явка по участкам</translation>
    </message>
    <message>
        <source>Leader&apos;s share across stations</source>
        <translation>Доля лидера по участкам</translation>
    </message>
    <message>
        <source>Turnout, %</source>
        <translation>Явка, %</translation>
    </message>
    <message>
        <source>Leader&apos;s share of ballots cast, %</source>
        <translation>Доля лидера от поданных бюллетеней, %</translation>
    </message>
    <message>
        <source>{0} stations, 0.1-point bins</source>
        <translation>участков: {0}, интервалы по 0,1 пункта</translation>
    </message>
    <message>
        <source>Histograms (derived): stations in each 0.1-point bin of turnout and of the leader&apos;s share of ballots cast, from 0 to 100% (the last bin: 99.95% and above), the same stations as above. By chance each is a smooth hump, ragged where stations are few; tall spikes at whole percents (the small ticks) or a pile-up at 100% are what the whole-percent and flagged counts above measure.</source>
        <translation>Гистограммы (вычислено): число участков в каждом интервале шириной 0,1 пункта по явке и по доле лидера от поданных бюллетеней, от 0 до 100% (последний интервал — 99,95% и выше), по тем же участкам, что и выше. При случайности каждая — плавный горб, неровный там, где участков мало; высокие пики на целых процентах (малые засечки) или скопление у 100% — то, что измеряют приведённые выше подсчёты целых процентов и отмеченных участков.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>exhausted</source>
        <translation>исчерпаны</translation>
    </message>
    <message>
        <source>residual surplus (lost to rounding)</source>
        <translation>остаток излишка (потерян при округлении)</translation>
    </message>
    <message>
        <source>After round {0}, the surplus of {1} ({2} votes) went: {3}.</source>
        <translation>После тура {0} излишек голосов {1} ({2}) передан: {3}.</translation>
    </message>
    <message>
        <source>Ranked-choice rounds</source>
        <translation>Туры рейтингового голосования</translation>
    </message>
    <message>
        <source>{0} rounds, {1} to elect</source>
        <translation>туров: {0}, избираются: {1}</translation>
    </message>
    <message>
        <source>Votes per round, their share of the round&apos;s continuing ballots (derived by electview) and the votes gained (+) or given up (−) after it, as the tabulator reports them; a blank cell: no longer in the count.</source>
        <translation>Голоса по турам, их доля среди бюллетеней, оставшихся в подсчёте в этом туре (вычислена electview), и голоса, полученные (+) или отданные (−) после тура, как их даёт программа подсчёта; пустая клетка: кандидат выбыл из подсчёта.</translation>
    </message>
    <message>
        <source>Transfers between the rounds of {0}</source>
        <translation>Передачи голосов между турами: {0}</translation>
    </message>
    <message>
        <source>Transfers: rounds left to right (numbered below), each candidate&apos;s ballots as a bar sized by votes, bands for the votes kept and transferred, grey for inactive ballots; colours as in the tables.</source>
        <translation>Передачи: туры слева направо (номера внизу), бюллетени каждого кандидата — столбик по числу голосов, полосы — сохранённые и переданные голоса, серым — выбывшие бюллетени; цвета как в таблицах.</translation>
    </message>
    <message>
        <source>Continuing ballots</source>
        <translation>Бюллетени в подсчёте</translation>
    </message>
    <message>
        <source>Inactive ballots</source>
        <translation>Выбывшие бюллетени</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Порог</translation>
    </message>
    <message>
        <source>Elected</source>
        <translation>Избраны</translation>
    </message>
    <message>
        <source>Eliminated</source>
        <translation>Выбыли</translation>
    </message>
    <message>
        <source>Round {0}</source>
        <translation>Тур {0}</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Передача</translation>
    </message>
    <message>
        <source>inactive ballots</source>
        <translation>выбывшие бюллетени</translation>
    </message>
    <message>
        <source>country or jurisdiction not stated</source>
        <extracomment>HTML put after contest *n*&apos;s section: the comparison with earlier results (``core.report_compare.ReportComparison.section_html``), or None for no comparison.</extracomment>
        <translation>страна или территория не указана</translation>
    </message>
    <message>
        <source>date not stated</source>
        <translation>дата не указана</translation>
    </message>
    <message>
        <source>round {0}</source>
        <translation>тур {0}</translation>
    </message>
    <message>
        <source>status of these results</source>
        <translation>статус этих результатов</translation>
    </message>
    <message>
        <source>the source does not say how final these results are</source>
        <translation>источник не сообщает, насколько окончательны эти результаты</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>не указано</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Announced by</source>
        <translation>Объявил(а)</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>Объявлено</translation>
    </message>
    <message>
        <source>Cited via</source>
        <translation>По данным</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Input file</source>
        <translation>Входной файл</translation>
    </message>
    <message>
        <source>file could not be read</source>
        <translation>файл не удалось прочитать</translation>
    </message>
    <message>
        <source>none (not read from a file)</source>
        <translation>нет (данные не из файла)</translation>
    </message>
    <message>
        <source>{0} by electview {1}</source>
        <translation>{0}, electview {1}</translation>
    </message>
    <message>
        <source>Report generated</source>
        <translation>Отчёт создан</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Происхождение данных</translation>
    </message>
    <message>
        <source>unknown (not reported)</source>
        <translation>неизвестно (не опубликовано)</translation>
    </message>
    <message>
        <source>derived by electview: {0}</source>
        <translation>вычислено electview: {0}</translation>
    </message>
    <message>
        <source>as reported</source>
        <translation>как опубликовано</translation>
    </message>
    <message>
        <source>Turnout</source>
        <translation>Явка</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Определение</translation>
    </message>
    <message>
        <source>not stated by the source</source>
        <translation>источник не указал</translation>
    </message>
    <message>
        <source>Registered voters</source>
        <translation>Зарегистрировано избирателей</translation>
    </message>
    <message>
        <source>Ballots cast</source>
        <translation>Подано бюллетеней</translation>
    </message>
    <message>
        <source>Valid votes</source>
        <translation>Действительные голоса</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>Total valid votes</source>
        <translation>Всего действительных голосов</translation>
    </message>
    <message>
        <source>{0} (not in the shares)</source>
        <translation>{0} (не входит в доли)</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Кандидат</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Партия</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Голоса</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <source>Votes for {0} of {1} candidates were not reported; electview estimated them as {2}.</source>
        <translation>Голоса {0} из {1} кандидатов не опубликованы; electview оценил их как {2}.</translation>
    </message>
    <message>
        <source>Shares the source did not give are computed by electview: the candidate&apos;s votes ÷ total valid votes.</source>
        <translation>Доли, которых нет в источнике, вычислены electview: голоса кандидата ÷ все действительные голоса.</translation>
    </message>
    <message>
        <source>Total derived by electview: {0}.</source>
        <translation>Итог вычислен electview: {0}.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>vote for {0}</source>
        <translation>выбираются {0}</translation>
    </message>
    <message>
        <source>Scope: {0}</source>
        <translation>Территория: {0}</translation>
    </message>
    <message>
        <source>Reporting: {0} of {1} units</source>
        <translation>Отчитавшиеся участки: {0} из {1}</translation>
    </message>
    <message>
        <source>Share of valid votes; colours as in the table&apos;s first column.</source>
        <translation>Доли действительных голосов; цвета — как в первом столбце таблицы.</translation>
    </message>
    <message>
        <source>± : no finer than the shares, given to {0} decimals.</source>
        <translation>± — не точнее долей, данных с точностью до {0} знаков после запятой.</translation>
    </message>
    <message>
        <source>Share of votes (each voter had up to {0}); colours as in the table&apos;s first column.</source>
        <translation>Доли голосов (у каждого избирателя их до {0}); цвета — как в первом столбце таблицы.</translation>
    </message>
    <message>
        <source>Hatched slices rest on estimated votes.</source>
        <translation>Заштрихованные секторы основаны на оценённых голосах.</translation>
    </message>
    <message>
        <source>Pie chart of votes in {0}</source>
        <translation>Круговая диаграмма голосов: {0}</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Commentary</source>
        <translation>Комментарии</translation>
    </message>
    <message>
        <source>Shares are percentages of valid votes, shown to two decimal places. Reported shares are printed as the source gave them, so they need not add up to exactly 100%; estimated votes are rounded to whole votes.</source>
        <translation>Доли — проценты от действительных голосов с двумя знаками после запятой. Опубликованные доли напечатаны так, как их дал источник, поэтому в сумме они не обязательно дают ровно 100%; оценённые голоса округлены до целых.</translation>
    </message>
    <message>
        <source>About these figures</source>
        <translation>Об этих цифрах</translation>
    </message>
    <message>
        <source>Page {0} of {1}</source>
        <translation>Страница {0} из {1}</translation>
    </message>
    <message>
        <source>generated {0}</source>
        <translation>создан {0}</translation>
    </message>
    <message>
        <source>Comparison with {0} ({1})</source>
        <translation>Сравнение с результатами: {0} ({1})</translation>
    </message>
    <message>
        <source>The compared results have no contest {0} for this place, so there is nothing to compare.</source>
        <translation>В сравниваемых результатах нет избирательной кампании «{0}» для этого места, сравнивать не с чем.</translation>
    </message>
    <message>
        <source>Contest</source>
        <translation>Избирательная кампания</translation>
    </message>
    <message>
        <source>Election date</source>
        <translation>Дата выборов</translation>
    </message>
    <message>
        <source>Compared results</source>
        <translation>Сравниваемые результаты</translation>
    </message>
    <message>
        <source>rose above {0}</source>
        <translation>выше {0} (было не выше)</translation>
    </message>
    <message>
        <source>fell to {0} or below</source>
        <translation>{0} или ниже (было выше)</translation>
    </message>
    <message>
        <source>Old votes</source>
        <translation>Голоса ранее</translation>
    </message>
    <message>
        <source>New votes</source>
        <translation>Голоса теперь</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Old share</source>
        <translation>Доля ранее</translation>
    </message>
    <message>
        <source>New share</source>
        <translation>Доля теперь</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>П. п.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Majority ({0})</source>
        <translation>Большинство ({0})</translation>
    </message>
    <message>
        <source>the same name in another spelling</source>
        <translation>тому же имени в другом написании</translation>
    </message>
    <message>
        <source>a similar name</source>
        <translation>похожему имени</translation>
    </message>
    <message>
        <source>party</source>
        <translation>партии</translation>
    </message>
    <message>
        <source>the candidate mapping</source>
        <translation>заданному соответствию кандидатов</translation>
    </message>
    <message>
        <source>{0} (old) is {1} (new): matched by {2}.</source>
        <translation>{0} (ранее) — это {1} (теперь): сопоставлены по {2}.</translation>
    </message>
    <message>
        <source>{0} rose above the {1} majority threshold ({2} → {3}).</source>
        <translation>{0}: доля поднялась выше порога большинства {1} ({2} → {3}).</translation>
    </message>
    <message>
        <source>{0} fell to or below the {1} majority threshold ({2} → {3}).</source>
        <translation>{0}: доля опустилась до порога большинства {1} или ниже ({2} → {3}).</translation>
    </message>
    <message>
        <source>Only in the old results: {0}.</source>
        <translation>Только в прежних результатах: {0}.</translation>
    </message>
    <message>
        <source>Only in the new results: {0}.</source>
        <translation>Только в новых результатах: {0}.</translation>
    </message>
    <message>
        <source>Kept apart by the candidate mapping (matched to no one): {0}.</source>
        <translation>По заданному соответствию кандидатов ни с кем не сопоставлены: {0}.</translation>
    </message>
    <message>
        <source>Turnout: {0} → {1} ({2} points).</source>
        <translation>Явка: {0} → {1} ({2} п. п.).</translation>
    </message>
    <message>
        <source>Estimated by electview from the reported shares; changes in those votes are estimates too.</source>
        <translation>Оценено electview по опубликованным долям; изменения этих голосов — тоже оценки.</translation>
    </message>
    <message>
        <source>Old total derived by electview: {0}.</source>
        <translation>Прежний итог вычислен electview: {0}.</translation>
    </message>
    <message>
        <source>New total derived by electview: {0}.</source>
        <translation>Новый итог вычислен electview: {0}.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Итог</translation>
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
        <translation>{0} из {1} участков; случайно ожидается {2} ± {3} (избыток {4}, p = {5})</translation>
    </message>
    <message>
        <source>{0} left out: no registered voters or no ballots</source>
        <translation>не учтено: {0} (нет избирателей в списке или бюллетеней)</translation>
    </message>
    <message>
        <source>Stations checked</source>
        <translation>Проверено участков</translation>
    </message>
    <message>
        <source>Leader across them</source>
        <translation>Лидер по этим участкам</translation>
    </message>
    <message>
        <source>Turnout: median (middle half of stations)</source>
        <translation>Явка: медиана (средняя половина участков)</translation>
    </message>
    <message>
        <source>Leader&apos;s share: median (middle half of stations)</source>
        <translation>Доля лидера: медиана (средняя половина участков)</translation>
    </message>
    <message>
        <source>Turnout at a whole percent (1-99%)</source>
        <translation>Явка на целом проценте (1–99%)</translation>
    </message>
    <message>
        <source>Leader&apos;s share at a whole percent (1-99%)</source>
        <translation>Доля лидера на целом проценте (1–99%)</translation>
    </message>
    <message>
        <source>Turnout at a multiple of 5%</source>
        <translation>Явка, кратная 5%</translation>
    </message>
    <message>
        <source>Leader&apos;s share at a multiple of 5%</source>
        <translation>Доля лидера, кратная 5%</translation>
    </message>
    <message>
        <source>Last digits of the vote counts of 100 or more</source>
        <translation>Последние цифры чисел голосов от 100</translation>
    </message>
    <message>
        <source>{0} counts: chi-square {1}, p = {2}</source>
        <translation>чисел: {0}; хи-квадрат {1}, p = {2}</translation>
    </message>
    <message>
        <source>Flagged stations</source>
        <translation>Отмеченные участки</translation>
    </message>
    <message>
        <source>Integrity checks (derived)</source>
        <translation>Проверки целостности (вычислено)</translation>
    </message>
    <message>
        <source>Every figure here is derived by electview from the stations&apos; registered voters, ballots and votes; none is in the file. Whole percents: stations of 100 voters or more whose turnout or leader&apos;s share is the count nearest a whole percent, against the number chance gives for stations of those sizes. A result far from chance (a small p) is a reason to look at those stations, not proof of fraud.</source>
        <translation>Все показатели здесь вычислены electview из числа избирателей, бюллетеней и голосов участков; в файле их нет. Целые проценты: участки со 100 и более избирателями, где явка или доля лидера — число, ближайшее к целому проценту, в сравнении с числом, которое даёт случай для участков таких размеров. Результат, далёкий от случайного (малое p), — повод присмотреться к этим участкам, а не доказательство фальсификаций.</translation>
    </message>
    <message>
        <source>Seed {0}, {1} simulations; electview integrity FILE gives the same.</source>
        <translation>Зерно {0}, симуляций: {1}; electview integrity ФАЙЛ даёт то же.</translation>
    </message>
    <message>
        <source>+{0} more: {1} votes, {2} together</source>
        <translation>+ещё {0}: {1} голосов, вместе {2}</translation>
    </message>
    <message>
        <source>Hatched bars rest on estimated votes.</source>
        <translation>Заштрихованные столбцы основаны на оценённых голосах.</translation>
    </message>
    <message>
        <source>Bar chart of votes in {0}</source>
        <translation>Столбчатая диаграмма голосов: {0}</translation>
    </message>
</context>
<context>
    <name>ReportLanguageMenu</name>
    <message>
        <source>Second &amp;Language in Reports</source>
        <translation>Второй &amp;язык в отчётах</translation>
    </message>
    <message>
        <source>Print headings, labels and names in a second language too</source>
        <translation>Печатать заголовки, подписи и имена также на втором языке</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>&amp;Нет</translation>
    </message>
</context>
<context>
    <name>Source</name>
    <message>
        <source>announced by {0}</source>
        <translation>объявил(а) {0}</translation>
    </message>
    <message>
        <source>via {0}</source>
        <translation>по данным {0}</translation>
    </message>
    <message>
        <source>source not stated</source>
        <translation>источник не указан</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>PRELIMINARY</source>
        <translation>ПРЕДВАРИТЕЛЬНЫЕ</translation>
    </message>
    <message>
        <source>UNOFFICIAL</source>
        <translation>НЕОФИЦИАЛЬНЫЕ</translation>
    </message>
    <message>
        <source>FINAL</source>
        <translation>ОКОНЧАТЕЛЬНЫЕ</translation>
    </message>
    <message>
        <source>CERTIFIED</source>
        <translation>УТВЕРЖДЁННЫЕ</translation>
    </message>
    <message>
        <source>PRE-ELECTION</source>
        <translation>ДО ВЫБОРОВ</translation>
    </message>
    <message>
        <source>STATUS UNKNOWN</source>
        <translation>СТАТУС НЕИЗВЕСТЕН</translation>
    </message>
</context>
<context>
    <name>ThemeController</name>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Тема</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>Как в &amp;системе</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Светлая</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Тёмная</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>&amp;Высокий контраст</translation>
    </message>
</context>
<context>
    <name>TimelineBar</name>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Snapshot timeline</source>
        <translation>Шкала версий</translation>
    </message>
    <message>
        <source>Snapshot shown</source>
        <translation>Показанная версия</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Последняя</translation>
    </message>
    <message>
        <source>Show the newest version and follow new ones</source>
        <translation>Показать новейшую версию и следить за новыми</translation>
    </message>
    <message>
        <source>no versions yet</source>
        <translation>версий пока нет</translation>
    </message>
    <message>
        <source>{0} of {1} · {2}</source>
        <translation>{0} из {1} · {2}</translation>
    </message>
    <message>
        <source>Drag to replay the count: table, pie and header as they were at each version</source>
        <translation>Перетащите, чтобы воспроизвести подсчёт: таблица, диаграмма и заголовок такими, какими они были в каждой версии</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <source>Open a results file</source>
        <translation>Открыть файл результатов</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Недавние файлы</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Перечитать</translation>
    </message>
    <message>
        <source>Read the open file again</source>
        <translation>Прочитать открытый файл заново</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>Close the open results</source>
        <translation>Закрыть открытые результаты</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>Quit electview</source>
        <translation>Выйти из electview</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <source>{ballots} ballots cast exceed {registered} registered voters.</source>
        <translation>поданных бюллетеней ({ballots}) больше, чем зарегистрированных избирателей ({registered}).</translation>
    </message>
    <message>
        <source>{valid} valid votes exceed {ballots} ballots cast (up to {seats} votes per ballot).</source>
        <translation>действительных голосов ({valid}) больше, чем допускают поданные бюллетени ({ballots}, не более {seats} голосов на бюллетень).</translation>
    </message>
    <message>
        <source>{valid} valid votes exceed {ballots} ballots cast.</source>
        <translation>действительных голосов ({valid}) больше, чем поданных бюллетеней ({ballots}).</translation>
    </message>
    <message>
        <source>reported turnout {turnout} but {ballots} ballots of {registered} registered is {computed}.</source>
        <translation>опубликованная явка — {turnout}, но {ballots} бюллетеней при {registered} зарегистрированных избирателях — это {computed}.</translation>
    </message>
    <message>
        <source>{name}: reported share {share} but {votes} votes are {computed} of {valid}.</source>
        <translation>{name}: опубликованная доля — {share}, но {votes} голосов — это {computed} от {valid}.</translation>
    </message>
    <message>
        <source>{names} and {count} more</source>
        <translation>{names} и ещё {count}</translation>
    </message>
    <message>
        <source>the reported shares sum to {total}%, not 100% ({difference} points).</source>
        <translation>сумма опубликованных долей — {total}%, а не 100% ({difference} п. п.).</translation>
    </message>
    <message>
        <source>{name}'s {given} is most likely {corrected}: that alone brings the sum to {total}%.</source>
        <translation>{given} у {name}, скорее всего, — {corrected}: одна эта поправка даёт сумму {total}%.</translation>
    </message>
    <message>
        <source>Likeliest slip: {name}'s {given} for {corrected} (sum {total}%); as likely: {alternatives}.</source>
        <translation>Вероятнее всего, опечатка: {given} у {name} вместо {corrected} (сумма {total}%); столь же вероятно: {alternatives}.</translation>
    </message>
    <message>
        <source>{name}'s {given} for {corrected}</source>
        <translation>{given} у {name} вместо {corrected}</translation>
    </message>
    <message>
        <source>{valid} valid votes on {ballots} ballots cast: the file doesn't say how many votes each voter had, but in every place counted the votes fit {count} a ballot, so this reads as a contest of {count} or more votes each (derived); its shares are of votes, not of voters.</source>
        <translation>{valid} действительных голосов при {ballots} поданных бюллетенях: в файле не сказано, сколько голосов было у каждого избирателя, но на каждом участке голоса укладываются в {count} на бюллетень, так что это похоже на выборы с {count} или более голосами у каждого (выведено); доли здесь — доли голосов, а не избирателей.</translation>
    </message>
    <message>
        <source>votes for {estimated} of {candidates} candidates were not reported; electview estimated them as {how}.</source>
        <translation>голоса {estimated} из {candidates} кандидатов не опубликованы; electview оценил их как {how}.</translation>
    </message>
    <message>
        <source>no votes or share reported for {0}.</source>
        <translation>нет ни голосов, ни доли для: {0}.</translation>
    </message>
    <message>
        <source>{0} Added by the file&apos;s editor, not in the source it cites: {1}</source>
        <translation>{0} Добавлено составителем файла, в цитируемом источнике этого нет: {1}</translation>
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
        <translation>описание</translation>
    </message>
    <message>
        <source>role</source>
        <translation>должность</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>организация</translation>
    </message>
    <message>
        <source>outlet</source>
        <translation>издание</translation>
    </message>
    <message>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>Ranked-choice count in {0} rounds: the table shows the final round; candidates eliminated earlier have 0 there, as the tabulator reports it.</source>
        <translation>Подсчёт с ранжированием в {0} турах: в таблице последний тур; у выбывших раньше кандидатов там 0, как в отчёте программы подсчёта.</translation>
    </message>
</context>
<context>
    <name>compare</name>
    <message>
        <source>Later, {label}: {details}</source>
        <translation>Позже, {label}: {details}</translation>
    </message>
    <message>
        <source>{0} (new)</source>
        <extracomment>Names at least this similar (0–1, spelling-neutral) are the same person. With the same party, a weaker name likeness is enough (&quot;K. Tokayev&quot; and &quot;Kassym-Jomart Tokayev&quot;).</extracomment>
        <translation>{0} (новый)</translation>
    </message>
    <message>
        <source>{0} (gone)</source>
        <translation>{0} (выбыл)</translation>
    </message>
    <message>
        <source>up {0}</source>
        <translation>выше на {0}</translation>
    </message>
    <message>
        <source>down {0}</source>
        <translation>ниже на {0}</translation>
    </message>
    <message>
        <source>your mapping</source>
        <translation>вашему соответствию</translation>
    </message>
    <message>
        <source>the same name in another spelling</source>
        <translation>тому же имени в другом написании</translation>
    </message>
    <message>
        <source>a similar name</source>
        <translation>похожему имени</translation>
    </message>
    <message>
        <source>party</source>
        <translation>партии</translation>
    </message>
    <message>
        <source>Not in {0}</source>
        <translation>Отсутствует в сравнении с {0}</translation>
    </message>
    <message>
        <source>{old} → {new} ({points} points)</source>
        <translation>{old} → {new} ({points} п. п.)</translation>
    </message>
    <message>
        <source>votes {old} → {new} ({change})</source>
        <translation>голоса {old} → {new} ({change})</translation>
    </message>
    <message>
        <source>rank {0}</source>
        <translation>место {0}</translation>
    </message>
    <message>
        <source>{name} in {label}, matched by {how}</source>
        <translation>{name} — в сравнении с {label}; сопоставлено по {how}</translation>
    </message>
    <message>
        <source>rose above {0}</source>
        <translation>поднялся выше {0}</translation>
    </message>
    <message>
        <source>fell to or below {0}</source>
        <translation>опустился до {0} или ниже</translation>
    </message>
    <message>
        <source>Since {label}: {details}</source>
        <translation>По сравнению с {label}: {details}</translation>
    </message>
</context>
<context>
    <name>live</name>
    <message>
        <source>Data changed {0}</source>
        <translation>Данные изменились {0}</translation>
    </message>
    <message>
        <source>{0}: the server's Last-Modified time.</source>
        <translation>{0}: время Last-Modified, сообщённое сервером.</translation>
    </message>
    <message>
        <source>{0}: the file's modification time.</source>
        <translation>{0}: время изменения файла.</translation>
    </message>
    <message>
        <source>{0}: when electview first saw this version (the server gave no time).</source>
        <translation>{0}: когда electview впервые увидел эту версию (сервер не сообщил время).</translation>
    </message>
    <message>
        <source>First seen by electview at {0}.</source>
        <translation>electview впервые увидел эту версию в {0}.</translation>
    </message>
    <message>
        <source>The results themselves say they were announced: {0}.</source>
        <translation>Согласно самим результатам, они объявлены: {0}.</translation>
    </message>
    <message>
        <source>seen {0} · {1}</source>
        <translation>получено {0} · {1}</translation>
    </message>
</context>
<context>
    <name>majority</name>
    <message>
        <source>valid votes</source>
        <translation>действительных голосов</translation>
    </message>
    <message>
        <source>ballots cast</source>
        <translation>поданных бюллетеней</translation>
    </message>
    <message>
        <source>invalid and blank ballots</source>
        <translation>недействительные и пустые бюллетени</translation>
    </message>
    <message>
        <source>ballots cast but not counted</source>
        <translation>поданные, но не подсчитанные бюллетени</translation>
    </message>
    <message>
        <source>No candidate has votes yet.</source>
        <translation>Пока ни у одного кандидата нет голосов.</translation>
    </message>
    <message>
        <source>Every candidate with votes is elected: {0}.</source>
        <translation>Избраны все кандидаты, получившие голоса: {0}.</translation>
    </message>
    <message>
        <source>Every candidate with votes leads for a seat: {0}.</source>
        <translation>Все кандидаты, получившие голоса, лидируют в борьбе за места: {0}.</translation>
    </message>
    <message>
        <source>How many votes remain is not known: no registered voters or expected total given.</source>
        <translation>Сколько голосов осталось, неизвестно: нет ни числа зарегистрированных избирателей, ни ожидаемого итога.</translation>
    </message>
    <message>
        <source>How many votes remain is not known: the valid votes counted are not reported.</source>
        <translation>Сколько голосов осталось, неизвестно: число подсчитанных действительных голосов не сообщается.</translation>
    </message>
    <message>
        <source>More valid votes are counted than there are registered voters, so the votes still to come can&apos;t be bounded.</source>
        <translation>Подсчитано больше действительных голосов, чем зарегистрировано избирателей, поэтому оставшиеся голоса ограничить нельзя.</translation>
    </message>
    <message>
        <source>No winner can be named yet: {0}.</source>
        <translation>Победителя пока назвать нельзя: {0}.</translation>
    </message>
    <message>
        <source>The expected {0} valid votes are fewer than the {1} already counted, so they bound nothing.</source>
        <translation>Ожидаемые {0} действительных голосов меньше уже подсчитанных {1}, поэтому ничего не ограничивают.</translation>
    </message>
    <message>
        <source>Votes still to come: {0}. Needed: more than (votes still to come + lead) ÷ 2 = ({1} + {2}) ÷ 2, so that {3} is ahead even if every other vote still to come goes to {4}; as a share of the votes still to come, 0–100%.</source>
        <translation>Оставшиеся голоса: {0}. Нужно больше чем (оставшиеся голоса + отрыв) ÷ 2 = ({1} + {2}) ÷ 2, чтобы {3} оказался впереди, даже если все остальные оставшиеся голоса получит {4}; в доле от оставшихся голосов, 0–100%.</translation>
    </message>
    <message>
        <source>expected valid votes {0} − valid votes counted {1} = {2}</source>
        <translation>ожидаемые действительные голоса {0} − подсчитанные действительные голоса {1} = {2}</translation>
    </message>
    <message>
        <source>registered voters {0} − valid votes counted {1} = at most {2}</source>
        <translation>зарегистрированные избиратели {0} − подсчитанные действительные голоса {1} = не более {2}</translation>
    </message>
    <message>
        <source>{0} and {1}</source>
        <translation>{0} и {1}</translation>
    </message>
    <message>
        <source>{0} are tied on {1} within the ballots counted: no one leads.</source>
        <translation>{0} набрали поровну, {1}, в подсчитанных бюллетенях: никто не лидирует.</translation>
    </message>
    <message>
        <source>{0} are tied on {1}: no one wins on the count; the law decides (e.g. by lot).</source>
        <translation>{0} набрали поровну, {1}: по подсчёту никто не побеждает; решает закон (например, жребий).</translation>
    </message>
    <message>
        <source>{0} each on the reported shares</source>
        <translation>по {0} по сообщённым долям</translation>
    </message>
    <message>
        <source>{0} is the only candidate with votes counted so far.</source>
        <translation>{0} — пока единственный кандидат с подсчитанными голосами.</translation>
    </message>
    <message>
        <source>{0} leads with {1} of valid votes on the reported shares; its own vote count is an estimate, so no bound can be given.</source>
        <translation>{0} лидирует с {1} действительных голосов по сообщённым долям; собственное число голосов лидера — оценка, поэтому границу указать нельзя.</translation>
    </message>
    <message>
        <source>{0} leads with {1} of valid votes, {2} points ahead of {3}, not above the {4} threshold of {5}.</source>
        <translation>{0} лидирует с {1} действительных голосов (отрыв от {3}: {2} п. п.), не выше порога {4} {5}.</translation>
    </message>
    <message>
        <source>{0} leads with {1} of valid votes; {2}.</source>
        <translation>{0} лидирует с {1} действительных голосов; {2}.</translation>
    </message>
    <message>
        <source>{0} leads {1} by {2} votes, more than the {3} votes still to come could undo: the lead stands.</source>
        <translation>{0} впереди, {1} отстаёт на {2} голосов — больше, чем могут изменить {3} оставшихся голосов: лидерство сохраняется.</translation>
    </message>
    <message>
        <source>{0} leads {1} by {2} votes; {1} would need at least {3} of the at most {4} votes still to come to overtake.</source>
        <translation>{0} впереди, {1} отстаёт на {2} голосов; чтобы обойти лидера, {1} нужно не менее {3} из не более чем {4} оставшихся голосов.</translation>
    </message>
    <message>
        <source>{0} leads {1} by {2} votes; {1} would need {3} of the {4} votes still to come to overtake.</source>
        <translation>{0} впереди, {1} отстаёт на {2} голосов; чтобы обойти лидера, {1} нужно {3} из {4} оставшихся голосов.</translation>
    </message>
    <message>
        <source>{0} votes are a majority of any total below {1}</source>
        <translation>{0} голосов — большинство при любом общем числе меньше {1}</translation>
    </message>
    <message>
        <source>{0} votes are more than {1} of any total of {2} below {3}</source>
        <translation>{0} голосов — больше {1} при любом числе {2} меньше {3}</translation>
    </message>
    <message>
        <source>{0} votes each</source>
        <translation>по {0} голосов</translation>
    </message>
    <message>
        <source>{0} wins with {1} of valid votes, the only candidate with votes; the results are final.</source>
        <translation>{0} побеждает с {1} действительных голосов как единственный кандидат с голосами; итоги окончательные.</translation>
    </message>
    <message>
        <source>{0} wins with {1} of valid votes, {2} votes ({3} points) ahead of {4}; the results are final, so the outcome stands.</source>
        <translation>{0} побеждает с {1} действительных голосов (отрыв от {4}: {2} голосов, {3} п. п.); итоги окончательные, результат не изменится.</translation>
    </message>
    <message>
        <source>{0} × 100 ÷ {1} = {2}: whatever the rest of the count, {3} stays above {1}% while the total stays below it.</source>
        <translation>{0} × 100 ÷ {1} = {2}: как бы ни прошёл остальной подсчёт, у {3} больше {1}%, пока общее число голосов меньше этого.</translation>
    </message>
    <message>
        <source>{0} leads with {1} of valid votes.</source>
        <translation>{0} лидирует с {1} действительных голосов.</translation>
    </message>
    <message>
        <source>{0} is elected, as the file declares, with {1} of valid votes in these figures.</source>
        <translation>{0} избран(а), как объявлено в файле, с {1} действительных голосов в этих данных.</translation>
    </message>
    <message>
        <source>Elected, as the file declares: {0}.</source>
        <translation>Избраны, как объявлено в файле: {0}.</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>{0} has more votes here, so these figures are not the deciding count (preferences or a later round decided it).</source>
        <translation>У {0} здесь больше голосов, значит, эти данные — не решающий подсчёт (решили предпочтения или следующий тур).</translation>
    </message>
    <message>
        <source>No one is elected by these party totals: each seat is won in its own race.</source>
        <translation>По этим суммам голосов партий никто не избирается: каждый мандат разыгрывается в своём округе.</translation>
    </message>
    <message>
        <source>registered voters {0} − valid votes counted {1} − blank and invalid counted {2} = at most {3}</source>
        <translation>зарегистрировано избирателей {0} − учтено действительных голосов {1} − учтено пустых и недействительных {2} = не более {3}</translation>
    </message>
    <message>
        <source>{0} wins with {1} of valid votes, more than half: no run-off.</source>
        <translation>{0} побеждает с {1} действительных голосов, больше половины: второго тура нет.</translation>
    </message>
    <message>
        <source>{0} leads with {1} of valid votes, more than half within the ballots counted: no run-off if it holds.</source>
        <translation>{0} лидирует с {1} действительных голосов, больше половины среди подсчитанных бюллетеней: если так останется, второго тура не будет.</translation>
    </message>
    <message>
        <source>{0} wins with {1} of valid votes, at least {2}%: no run-off.</source>
        <translation>{0} побеждает с {1} действительных голосов, не менее {2}%: второго тура нет.</translation>
    </message>
    <message>
        <source>{0} leads with {1} of valid votes, at least {2}% within the ballots counted: no run-off if it holds.</source>
        <translation>{0} лидирует с {1} действительных голосов, не менее {2}% среди подсчитанных бюллетеней: если так останется, второго тура не будет.</translation>
    </message>
    <message>
        <source>No candidate has more than half of valid votes</source>
        <translation>Ни у одного кандидата нет больше половины действительных голосов</translation>
    </message>
    <message>
        <source>Within the ballots counted no candidate has more than half of valid votes</source>
        <translation>Среди подсчитанных бюллетеней ни у одного кандидата нет больше половины действительных голосов</translation>
    </message>
    <message>
        <source>No candidate has {0}% of valid votes</source>
        <translation>Ни у одного кандидата нет {0}% действительных голосов</translation>
    </message>
    <message>
        <source>Within the ballots counted no candidate has {0}% of valid votes</source>
        <translation>Среди подсчитанных бюллетеней ни у одного кандидата нет {0}% действительных голосов</translation>
    </message>
    <message>
        <source>{0}: {1} goes to the run-off; {2} are tied for the other place, which the law decides, not the count.</source>
        <translation>{0}: во второй тур выходит {1}; {2} делят второе место, его определяет закон, а не подсчёт.</translation>
    </message>
    <message>
        <source>{0}: {1} are tied for the run-off&apos;s two places, which the law decides, not the count.</source>
        <translation>{0}: {1} делят два места во втором туре, их определяет закон, а не подсчёт.</translation>
    </message>
    <message>
        <source>{0}: {1} and {2} go to a run-off.</source>
        <translation>{0}: во второй тур выходят {1} и {2}.</translation>
    </message>
    <message>
        <source>{0}: {1} and {2} would go to a run-off.</source>
        <translation>{0}: во второй тур вышли бы {1} и {2}.</translation>
    </message>
    <message>
        <source>{0} passes: {1} {2} of the votes on it, more than half.</source>
        <translation>{0}: принято — «{1}» {2} голосов по вопросу, больше половины.</translation>
    </message>
    <message>
        <source>{0} passes: {1} {2} of the votes on it, at least the {3}% needed.</source>
        <translation>{0}: принято — «{1}» {2} голосов по вопросу, не меньше нужных {3}%.</translation>
    </message>
    <message>
        <source>{0} fails: {1} {2} of the votes on it, not more than half.</source>
        <translation>{0}: отклонено — «{1}» {2} голосов по вопросу, не больше половины.</translation>
    </message>
    <message>
        <source>{0} fails: {1} {2} of the votes on it, below the {3}% needed.</source>
        <translation>{0}: отклонено — «{1}» {2} голосов по вопросу, меньше нужных {3}%.</translation>
    </message>
    <message>
        <source>{0} is passing within the ballots counted: {1} {2} of the votes on it, more than half.</source>
        <translation>{0}: среди подсчитанных бюллетеней принимается — «{1}» {2} голосов по вопросу, больше половины.</translation>
    </message>
    <message>
        <source>{0} is passing within the ballots counted: {1} {2} of the votes on it, at least the {3}% needed.</source>
        <translation>{0}: среди подсчитанных бюллетеней принимается — «{1}» {2} голосов по вопросу, не меньше нужных {3}%.</translation>
    </message>
    <message>
        <source>{0} is failing within the ballots counted: {1} {2} of the votes on it, not more than half.</source>
        <translation>{0}: среди подсчитанных бюллетеней отклоняется — «{1}» {2} голосов по вопросу, не больше половины.</translation>
    </message>
    <message>
        <source>{0} is failing within the ballots counted: {1} {2} of the votes on it, below the {3}% needed.</source>
        <translation>{0}: среди подсчитанных бюллетеней отклоняется — «{1}» {2} голосов по вопросу, меньше нужных {3}%.</translation>
    </message>
    <message>
        <source>At most {0} votes are still to come, fewer than the {1} between them: the {2} seat can no longer change.</source>
        <translation>Осталось не более {0} голосов — меньше {1}, разделяющих их: {2} место уже не изменится.</translation>
    </message>
    <message>
        <source>Up to {0} votes are still to come, more than the {1} between them: the {2} seat can still change.</source>
        <translation>Осталось до {0} голосов — больше {1}, разделяющих их: {2} место ещё может измениться.</translation>
    </message>
    <message>
        <source>{0} leads with {1} of valid votes; its vote count is not reported, so no bound can be given.</source>
        <translation>{0} лидирует с {1} действительных голосов; число голосов лидера не сообщено, поэтому границу указать нельзя.</translation>
    </message>
</context>
<context>
    <name>outcomes</name>
    <message>
        <source> (chosen by the user)</source>
        <translation> (выбрано пользователем)</translation>
    </message>
    <message>
        <source>{0} seats by {1}</source>
        <translation>{0} мест по методу {1}</translation>
    </message>
    <message>
        <source>, threshold {0}% of valid votes</source>
        <translation>, барьер {0}% действительных голосов</translation>
    </message>
    <message>
        <source>ranked choice, {0} to elect: as the tabulator&apos;s rounds decided</source>
        <translation>рейтинговое голосование, избираются {0}: как решили туры подсчёта</translation>
    </message>
    <message>
        <source>vote for {0}: the {0} most voted win</source>
        <translation>голосование за {0}: побеждают {0} набравших больше всех голосов</translation>
    </message>
    <message>
        <source>one winner: most votes</source>
        <translation>один победитель: больше всех голосов</translation>
    </message>
    <message>
        <source>D'Hondt</source>
        <translation>д’Ондта</translation>
    </message>
    <message>
        <source>Sainte-Laguë</source>
        <translation>Сент-Лагю</translation>
    </message>
    <message>
        <source>modified Sainte-Laguë</source>
        <translation>модифицированного Сент-Лагю</translation>
    </message>
    <message>
        <source>Hare largest remainder</source>
        <translation>наибольших остатков (Хэйр)</translation>
    </message>
    <message>
        <source>Droop largest remainder</source>
        <translation>наибольших остатков (Друп)</translation>
    </message>
    <message>
        <source>Rule: {0}.</source>
        <translation>Правило: {0}.</translation>
    </message>
    <message>
        <source>No outcome: {0}.</source>
        <translation>Итога нет: {0}.</translation>
    </message>
    <message>
        <source>some counts are unknown or estimated, so no winner can be named</source>
        <translation>часть голосов неизвестна или оценена, поэтому победителя назвать нельзя</translation>
    </message>
    <message>
        <source>some parties' votes are unknown or estimated, so seats can't be allocated</source>
        <translation>голоса части партий неизвестны или оценены, поэтому места распределить нельзя</translation>
    </message>
    <message>
        <source>Seats: {0}.</source>
        <translation>Места: {0}.</translation>
    </message>
    <message>
        <source>Seats (projected within the ballots counted): {0}.</source>
        <translation>Места (прогноз по подсчитанным бюллетеням): {0}.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Last seat: {0}, quotient {1}</source>
        <translation>Последнее место: {0}, частное {1}</translation>
    </message>
    <message>
        <source>Last seat: {0}, remainder {1}</source>
        <translation>Последнее место: {0}, остаток {1}</translation>
    </message>
    <message>
        <source>; next: {0}, {1}</source>
        <translation>; следующий: {0}, {1}</translation>
    </message>
    <message>
        <source>Elected: {0}.</source>
        <translation>Избраны: {0}.</translation>
    </message>
    <message>
        <source>Leading (within the ballots counted): {0}.</source>
        <translation>Лидируют (по подсчитанным бюллетеням): {0}.</translation>
    </message>
    <message>
        <source>Tie for first place between {0}: the law decides (e.g. by lot), not the count.</source>
        <translation>Равенство за первое место между {0}: решает закон (например, жребий), а не подсчёт.</translation>
    </message>
    <message>
        <source>Tie for the last seat between {0}: the law decides (e.g. by lot), not the count.</source>
        <translation>Равенство за последнее место между {0}: решает закон (например, жребий), а не подсчёт.</translation>
    </message>
    <message>
        <source>Tie for the last {1} seats between {0}: the law decides (e.g. by lot), not the count.</source>
        <translation>Равенство за последние места ({1}) между {0}: решает закон (например, жребий), а не подсчёт.</translation>
    </message>
    <message>
        <source>elected</source>
        <translation>избран</translation>
    </message>
    <message>
        <source>leading</source>
        <translation>лидирует</translation>
    </message>
    <message>
        <source>tied</source>
        <translation>поровну</translation>
    </message>
    <message>
        <source>{0}, seats: {1}</source>
        <translation>{0}, мест: {1}</translation>
    </message>
    <message>
        <source>, tied for one more</source>
        <translation>, равенство ещё за одно</translation>
    </message>
    <message>
        <source>{0} single-member constituencies: most votes wins each</source>
        <translation>{0} одномандатных округов: в каждом побеждает набравший больше всех голосов</translation>
    </message>
    <message>
        <source>Seats won: {0}.</source>
        <translation>Получено мест: {0}.</translation>
    </message>
    <message>
        <source>Seats won (within the ballots counted): {0}.</source>
        <translation>Получено мест (по подсчитанным бюллетеням): {0}.</translation>
    </message>
    <message>
        <source>Parliament: {0}.</source>
        <translation>Парламент: {0}.</translation>
    </message>
    <message>
        <source>{0} has a majority: {1} seats, {2} needed of {3}.</source>
        <translation>У {0} большинство: мест {1}, нужно {2} из {3}.</translation>
    </message>
    <message>
        <source>No party has a majority: {0}, the largest, needs {1} more seats for a majority of {2}.</source>
        <translation>Ни у одной партии нет большинства: крупнейшей, {0}, не хватает {1} мест до большинства в {2}.</translation>
    </message>
    <message>
        <source>{0} seats tied between candidates: the law decides, not the count.</source>
        <translation>Мест с равенством голосов: {0}; решает закон, а не подсчёт.</translation>
    </message>
    <message>
        <source>{0} seats not decided: their counts are unknown.</source>
        <translation>Не решено мест: {0}; их голоса неизвестны.</translation>
    </message>
    <message>
        <source>No party has a majority: the largest have {0} seats each, {1} short of a majority of {2}.</source>
        <translation>Ни у одной партии нет большинства: у крупнейших по {0} мест, до большинства в {2} не хватает {1}.</translation>
    </message>
    <message>
        <source>{0} holds the {1} seat by {2} votes over {3} within the ballots counted.</source>
        <translation>{0} удерживает {1} место с отрывом {2} голосов от {3} в подсчитанных бюллетенях.</translation>
    </message>
    <message>
        <source>{0} takes the {1} seat, {2} points ahead of {3} on the reported shares.</source>
        <translation>{0} занимает {1} место (отрыв от {3}: {2} п. п. по сообщённым долям).</translation>
    </message>
    <message>
        <source>{0} wins the {1} seat by {2} votes over {3}.</source>
        <translation>{0} получает {1} место с отрывом {2} голосов от {3}.</translation>
    </message>
    <message>
        <source>{0}st</source>
        <translation>{0}-е</translation>
    </message>
    <message>
        <source>{0}nd</source>
        <translation>{0}-е</translation>
    </message>
    <message>
        <source>{0}rd</source>
        <translation>{0}-е</translation>
    </message>
    <message>
        <source>{0}th</source>
        <translation>{0}-е</translation>
    </message>
    <message>
        <source>elected as the file declares</source>
        <translation>избранные — как объявлено в файле</translation>
    </message>
    <message>
        <source>{0} single-member constituencies: the elected as the file declares them</source>
        <translation>{0} одномандатных округов: избранные — как объявлено в файле</translation>
    </message>
    <message>
        <source>{0} single-member constituencies: {1} as the file declares them elected, the rest by most votes</source>
        <translation>{0} одномандатных округов: в {1} избранные — как объявлено в файле, в остальных — по большинству голосов</translation>
    </message>
    <message>
        <source>In {0} of them the member declared elected does not have the most votes in these figures: they are not the deciding count (first preferences, or a first round); the seats follow the file&apos;s declaration.</source>
        <translation>В {0} из них объявленный избранным не набрал больше всех голосов в этих данных: это не решающий подсчёт (первые предпочтения или первый тур); места распределены по объявлению в файле.</translation>
    </message>
    <message>
        <source>party totals of constituency races, added up by electview: each seat is won in its own race, by most votes</source>
        <translation>сумма голосов партий по округам, подсчитанная electview: каждый мандат разыгрывается в своём округе, побеждает набравший больше всех</translation>
    </message>
    <message>
        <source>won {0} seats</source>
        <translation>мандатов получено: {0}</translation>
    </message>
    <message>
        <source>leads in {0} seats</source>
        <translation>лидирует в округах: {0}</translation>
    </message>
    <message>
        <source>{0} constituency races: most votes wins each</source>
        <translation>{0} одномандатных округов: в каждом побеждает набравший больше всех голосов</translation>
    </message>
    <message>
        <source>{0} seats as the file declares them</source>
        <translation>{0} мандатов, как их объявляет файл</translation>
    </message>
    <message>
        <source>one winner: most votes (assumed: the file doesn&apos;t say how many are elected)</source>
        <translation>один победитель: больше всех голосов (предположение: файл не говорит, сколько избирается)</translation>
    </message>
    <message>
        <source>one winner: more than half of valid votes, else a run-off between the top two</source>
        <translation>один победитель: больше половины действительных голосов, иначе второй тур между двумя первыми</translation>
    </message>
    <message>
        <source>one winner: at least {0}% of valid votes, else a run-off between the top two</source>
        <translation>один победитель: не менее {0}% действительных голосов, иначе второй тур между двумя первыми</translation>
    </message>
    <message>
        <source>run-off</source>
        <translation>второй тур</translation>
    </message>
    <message>
        <source>run-off (projected)</source>
        <translation>второй тур (прогноз)</translation>
    </message>
    <message>
        <source>yes or no: passes with more than half of the votes on it</source>
        <translation>да или нет: принимается, если «за» больше половины поданных по вопросу голосов</translation>
    </message>
    <message>
        <source>yes or no: passes with at least {0}% of the votes on it</source>
        <translation>да или нет: принимается, если «за» не менее {0}% поданных по вопросу голосов</translation>
    </message>
    <message>
        <source>passes</source>
        <translation>принято</translation>
    </message>
    <message>
        <source>fails</source>
        <translation>отклонено</translation>
    </message>
    <message>
        <source>passing</source>
        <translation>принимается</translation>
    </message>
    <message>
        <source>failing</source>
        <translation>отклоняется</translation>
    </message>
    <message>
        <source>the votes on the question are not known</source>
        <translation>голоса по вопросу неизвестны</translation>
    </message>
</context>
<context>
    <name>sentence</name>
    <message>
        <source>No results are open.</source>
        <translation>Результаты не открыты.</translation>
    </message>
    <message>
        <source>No votes or shares have been reported yet.</source>
        <translation>Голоса и доли пока не опубликованы.</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} и {last}</translation>
    </message>
    <message>
        <source>{names} are tied with {share} each of valid votes</source>
        <translation>{names}: ничья, у каждого {share} действительных голосов</translation>
    </message>
    <message>
        <source>{name} came first with {share} of valid votes</source>
        <translation>{name} занял(а) первое место с {share} действительных голосов</translation>
    </message>
    <message>
        <source>{name} leads with {share} of valid votes</source>
        <translation>{name} лидирует с {share} действительных голосов</translation>
    </message>
    <message>
        <source> (computed by electview)</source>
        <translation> (вычислено electview)</translation>
    </message>
    <message>
        <source>, ahead of {name} with {share}</source>
        <translation>, опережая кандидата {name} ({share})</translation>
    </message>
    <message>
        <source>; turnout {0}</source>
        <translation>; явка {0}</translation>
    </message>
    <message>
        <source>; turnout not reported</source>
        <translation>; явка не опубликована</translation>
    </message>
    <message>
        <source>Preliminary results: </source>
        <translation>Предварительные результаты: </translation>
    </message>
    <message>
        <source>Unofficial results: </source>
        <translation>Неофициальные результаты: </translation>
    </message>
    <message>
        <source>Final results: </source>
        <translation>Окончательные результаты: </translation>
    </message>
    <message>
        <source>Certified results: </source>
        <translation>Утверждённые результаты: </translation>
    </message>
</context>
<context>
    <name>tally</name>
    <message>
        <source>reported share × {total} valid votes, the total implied by {votes} votes = {share}% for {names}</source>
        <translation>опубликованная доля × {total} действительных голосов — итог, следующий из {votes} голосов = {share}% у кандидата {names}</translation>
    </message>
    <message>
        <source>implied by {votes} votes being {share}% of valid votes</source>
        <translation>следует из того, что {votes} голосов — это {share}% действительных голосов</translation>
    </message>
    <message>
        <source>sum of the candidates&apos; votes</source>
        <translation>сумма голосов кандидатов</translation>
    </message>
    <message>
        <source>ballots cast ÷ registered voters</source>
        <translation>поданные бюллетени ÷ зарегистрированные избиратели</translation>
    </message>
</context>
<context>
    <name>RoundsController</name>
    <message>
        <source>Ranked-Choice &amp;Rounds…</source>
        <translation>&amp;Туры рейтингового голосования…</translation>
    </message>
    <message>
        <source>Every round of a ranked-choice count: tallies, transfers and who was elected when</source>
        <translation>Каждый тур рейтингового подсчёта: голоса, передачи и кто когда избран</translation>
    </message>
    <message>
        <source>The contest on screen is not a ranked-choice count</source>
        <translation>Показанные выборы — не рейтинговый подсчёт</translation>
    </message>
</context>
<context>
    <name>RoundsWindow</name>
    <message>
        <source>Ranked-Choice Rounds</source>
        <translation>Туры рейтингового голосования</translation>
    </message>
    <message>
        <source>The contest on screen is not a ranked-choice count.</source>
        <translation>Показанные выборы — не рейтинговый подсчёт.</translation>
    </message>
    <message>
        <source>Round %1 of %2 · %3 continuing ballots · threshold %4</source>
        <translation>Тур %1 из %2 · бюллетеней в подсчёте: %3 · порог %4</translation>
    </message>
</context>
<context>
    <name>ranked</name>
    <message>
        <source>{0} elected in round {1} with {2} of {3} continuing ballots</source>
        <translation>{0}: избран(а) в туре {1}, {2} из {3} бюллетеней в подсчёте</translation>
    </message>
    <message>
        <source>No one elected in the rounds the report gives</source>
        <translation>В турах отчёта никто не избран</translation>
    </message>
</context>
<context>
    <name>SankeyChart</name>
    <message>
        <source>After round {0}: {1} votes kept by {2}</source>
        <translation>После тура {0}: {1} голосов остаются у {2}</translation>
    </message>
    <message>
        <source>After round {0}: {1} votes of {2} to {3}</source>
        <translation>После тура {0}: {1} голосов за {2} переходят к {3}</translation>
    </message>
    <message>
        <source>After round {0}: {1} votes of {2} become inactive</source>
        <translation>После тура {0}: {1} голосов за {2} выбывают</translation>
    </message>
    <message>
        <source>After round {0}: {1} inactive ballots stay inactive</source>
        <translation>После тура {0}: {1} выбывших бюллетеней остаются выбывшими</translation>
    </message>
    <message>
        <source>{0}, round {1}: {2}</source>
        <translation>{0}, тур {1}: {2}</translation>
    </message>
    <message>
        <source>Inactive ballots</source>
        <translation>Выбывшие бюллетени</translation>
    </message>
    <message>
        <source>inactive ballots</source>
        <translation>выбывшие бюллетени</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>Тур %1</translation>
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
        <translation>Голоса, тур %1</translation>
    </message>
    <message>
        <source>% of continuing</source>
        <translation>% в подсчёте</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Передача</translation>
    </message>
    <message>
        <source>elected in round %1</source>
        <translation>избран(а) в туре %1</translation>
    </message>
    <message>
        <source>eliminated in round %1</source>
        <translation>выбыл(а) в туре %1</translation>
    </message>
    <message>
        <source>Inactive ballots</source>
        <translation>Выбывшие бюллетени</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Порог</translation>
    </message>
</context>
<context>
    <name>ResultsDocument</name>
    <message>
        <source>{0} is not on the ballot in {1}; still showing {2}.</source>
        <translation>«{0}» не проводятся в «{1}»; по-прежнему показано: {2}.</translation>
    </message>
</context>
<context>
    <name>PrecinctTableModel</name>
    <message>
        <source>tied</source>
        <translation>ничья</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Округ</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Участок</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Голоса</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Лидер</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Партия</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Отрыв</translation>
    </message>
    <message>
        <source>Margin %</source>
        <translation>Отрыв, %</translation>
    </message>
    <message>
        <source>Turnout % (derived)</source>
        <translation>Явка, % (вычислено)</translation>
    </message>
    <message>
        <source>Worked out by electview: ballots cast (where the file gives them, else the votes for candidates) as a share of registered voters</source>
        <translation>Вычислено electview: поданные бюллетени (где файл их даёт, иначе голоса за кандидатов) как доля зарегистрированных избирателей</translation>
    </message>
    <message>
        <source>no votes</source>
        <translation>нет голосов</translation>
    </message>
    <message>
        <source>The file gives no registered voters here, so there is no turnout</source>
        <translation>Файл не даёт здесь число зарегистрированных избирателей, поэтому явки нет</translation>
    </message>
    <message>
        <source>Worked out by electview: {votes} votes for candidates ÷ {registered} registered voters = {percent} (the file gives no ballots cast here)</source>
        <translation>Вычислено electview: {votes} голосов за кандидатов ÷ {registered} зарегистрированных избирателей = {percent} (файл не даёт здесь число поданных бюллетеней)</translation>
    </message>
    <message>
        <source>Worked out by electview: {ballots} ballots cast ÷ {registered} registered voters = {percent}</source>
        <translation>Вычислено electview: {ballots} поданных бюллетеней ÷ {registered} зарегистрированных избирателей = {percent}</translation>
    </message>
</context>
<context>
    <name>vote_for</name>
    <message>
        <source>{name} (vote for {count})</source>
        <translation>{name} (можно голосовать за {count})</translation>
    </message>
    <message>
        <source>share of valid votes</source>
        <translation>доля действительных голосов</translation>
    </message>
    <message>
        <source>share of votes (each voter had up to {count}), not of voters</source>
        <translation>доля голосов (у каждого избирателя их до {count}), а не избирателей</translation>
    </message>
    <message>
        <source>share of the final round&apos;s continuing ballots</source>
        <translation>доля бюллетеней, оставшихся в подсчёте в последнем туре</translation>
    </message>
    <message>
        <source>Continuing ballots (final round)</source>
        <translation>Бюллетени в подсчёте (последний тур)</translation>
    </message>
    <message>
        <source>Total valid votes</source>
        <translation>Всего действительных голосов</translation>
    </message>
</context>
<context>
    <name>estimates</name>
    <message>
        <source>{estimate} votes: the shares are given to {decimals} decimals, so the estimate is no finer.</source>
        <translation>{estimate} голосов: доли даны с точностью до {decimals} знаков после запятой, поэтому оценка не точнее.</translation>
    </message>
</context>
<context>
    <name>IntegrityWindow</name>
    <message>
        <source>%1 at 99.95% and above, cut at the top</source>
        <translation>%1 — на 99,95% и выше, обрезано сверху</translation>
    </message>
    <message>
        <source>Integrity Checks</source>
        <translation>Проверки целостности</translation>
    </message>
    <message>
        <source>turnout, %</source>
        <translation>явка, %</translation>
    </message>
    <message>
        <source>stations</source>
        <translation>участки</translation>
    </message>
    <message>
        <source>leader's share of ballots cast, %</source>
        <translation>доля лидера от поданных бюллетеней, %</translation>
    </message>
    <message>
        <source>The contest on screen has no stations with registered voters and ballots.</source>
        <translation>В выборах на экране нет участков с числом избирателей и бюллетеней.</translation>
    </message>
    <message>
        <source>%1: %2 stations in %3 · leader %4</source>
        <translation>%1: участков: %2, %3 · лидер %4</translation>
    </message>
    <message>
        <source>%1: %2 stations · leader %4</source>
        <translation>%1: участков: %2 · лидер %4</translation>
    </message>
    <message>
        <source>Computing the checks for %1…</source>
        <translation>Вычисляются проверки для %1…</translation>
    </message>
    <message>
        <source>Flagged stations</source>
        <translation>Отмеченные участки</translation>
    </message>
    <message>
        <source>Export flagged stations as CSV…</source>
        <translation>Экспорт отмеченных участков в CSV…</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <source>Flagged stations (%1)</source>
        <translation>Отмеченные участки (%1)</translation>
    </message>
    <message>
        <source>Export Flagged Stations</source>
        <translation>Экспорт отмеченных участков</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1: %2 of %3 stations; chance gives %4 ± %5 (excess %6, p = %7)</source>
        <translation>%1: %2 из %3 участков; случайно ожидается %4 ± %5 (избыток %6, p = %7)</translation>
    </message>
    <message>
        <source>Whole percents (1-99%, stations of 100 voters or more)</source>
        <translation>Целые проценты (1–99%, участки со 100 и более избирателями)</translation>
    </message>
    <message>
        <source>Turnout</source>
        <translation>Явка</translation>
    </message>
    <message>
        <source>Leader's share</source>
        <translation>Доля лидера</translation>
    </message>
    <message>
        <source>Turnout at multiples of 5%</source>
        <translation>Явка, кратная 5%</translation>
    </message>
    <message>
        <source>Leader's share at multiples of 5%</source>
        <translation>Доля лидера, кратная 5%</translation>
    </message>
    <message>
        <source>Last digits of %1 counts of 100 or more: chi-square %2, p = %3</source>
        <translation>Последние цифры %1 чисел голосов от 100: хи-квадрат %2, p = %3</translation>
    </message>
    <message>
        <source>Flagged stations: %1</source>
        <translation>Отмеченные участки: %1</translation>
    </message>
    <message>
        <source>Seed %1, %2 simulations; the same as electview integrity FILE --seed %1.</source>
        <translation>Зерно %1, симуляций: %2; то же, что electview integrity ФАЙЛ --seed %1.</translation>
    </message>
    <message>
        <source>Turnout Histogram</source>
        <translation>Гистограмма явки</translation>
    </message>
    <message>
        <source>Leader's Share Histogram</source>
        <translation>Гистограмма доли лидера</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>«Отпечаток» выборов</translation>
    </message>
    <message>
        <source>%1 as PNG…</source>
        <translation>%1 в PNG…</translation>
    </message>
    <message>
        <source>%1 as SVG…</source>
        <translation>%1 в SVG…</translation>
    </message>
    <message>
        <source>Export Plot</source>
        <translation>Экспорт графика</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Изображения SVG (*.svg)</translation>
    </message>
</context>
<context>
    <name>IntegrityController</name>
    <message>
        <source>&amp;Integrity Checks…</source>
        <translation>Проверки &amp;целостности…</translation>
    </message>
    <message>
        <source>Turnout and leader's-share distributions across stations, whole-percent and last-digit tests</source>
        <translation>Распределения явки и доли лидера по участкам, проверки целых процентов и последних цифр</translation>
    </message>
    <message>
        <source>The contest on screen has no stations with registered voters and ballots</source>
        <translation>В выборах на экране нет участков с числом избирателей и бюллетеней</translation>
    </message>
</context>
<context>
    <name>FlaggedStationsModel</name>
    <message>
        <source>Station</source>
        <translation>Участок</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Избирателей</translation>
    </message>
    <message>
        <source>Ballots</source>
        <translation>Бюллетеней</translation>
    </message>
    <message>
        <source>Turnout %</source>
        <translation>Явка, %</translation>
    </message>
    <message>
        <source>Leader's share %</source>
        <translation>Доля лидера, %</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Причины</translation>
    </message>
    <message>
        <source>derived by electview from the station's figures</source>
        <translation>вычислено electview по данным участка</translation>
    </message>
</context>
<context>
    <name>integrity</name>
    <message>
        <source>turnout 100%</source>
        <translation>явка 100%</translation>
    </message>
    <message>
        <source>more ballots than registered voters</source>
        <translation>бюллетеней больше, чем избирателей в списке</translation>
    </message>
    <message>
        <source>every ballot for the leader</source>
        <translation>все бюллетени за лидера</translation>
    </message>
    <message>
        <source>turnout at a whole percent</source>
        <translation>явка на целом проценте</translation>
    </message>
    <message>
        <source>leader's share at a whole percent</source>
        <translation>доля лидера на целом проценте</translation>
    </message>
    <message>
        <source>Stations by turnout in 0.1-point bins. Honest turnout varies smoothly from station to station; spikes at whole or round percents, or a second hump near 100%, are reasons to look closer, not proof: hospitals, barracks and small villages can have honest turnouts near 100%.</source>
        <translation>Участки по явке, интервалы по 0,1 пункта. Честная явка плавно меняется от участка к участку; пики на целых или круглых процентах или второй горб около 100% — повод присмотреться, а не доказательство: в больницах, казармах и маленьких сёлах явка около 100% бывает честной.</translation>
    </message>
    <message>
        <source>Stations by the leader's share of the ballots cast, in 0.1-point bins. A smooth single hump is what chance gives; spikes at round numbers or a pile at 100% are reasons to look, not proof.</source>
        <translation>Участки по доле лидера от поданных бюллетеней, интервалы по 0,1 пункта. Случай даёт один плавный горб; пики на круглых числах или скопление у 100% — повод присмотреться, а не доказательство.</translation>
    </message>
    <message>
        <source>Registered voters by turnout (across) and the leader's share (up) at each station. Honest elections usually show one roughly round cloud; a smear towards the top right corner (high turnout together with a high leader's share) is the pattern ballot stuffing leaves, but it can also come from regions that vote differently.</source>
        <translation>Избиратели по явке (по горизонтали) и доле лидера (по вертикали) на каждом участке. Честные выборы обычно дают одно примерно круглое облако; шлейф к правому верхнему углу (высокая явка вместе с высокой долей лидера) — след вбросов, но он может быть и от регионов, которые голосуют иначе.</translation>
    </message>
    <message>
        <source>Stations with 100 or more voters whose turnout or leader's share is the count nearest a whole percent (1-99%), against the number a binomial Monte-Carlo expects for stations of those sizes (seeded, so it repeats). A small p-value says more stations sit on whole percents than chance gives; that is a reason to look at those stations, not proof of fraud.</source>
        <translation>Участки со 100 и более избирателями, где явка или доля лидера — ближайшее к целому проценту (1–99%) число, против числа, которое ожидает биномиальный Монте-Карло для участков таких размеров (с зерном, поэтому повторяется). Малое p-значение говорит, что на целых процентах больше участков, чем даёт случай; это повод посмотреть на эти участки, а не доказательство фальсификации.</translation>
    </message>
    <message>
        <source>Last digits of the vote counts of 100 or more, against a uniform last digit (chi-square, 9 degrees of freedom). A small p-value says some digits come up more often than chance gives, a reason to look, not proof.</source>
        <translation>Последние цифры чисел голосов от 100, против равномерной последней цифры (хи-квадрат, 9 степеней свободы). Малое p-значение говорит, что некоторые цифры встречаются чаще, чем даёт случай, — повод присмотреться, а не доказательство.</translation>
    </message>
    <message>
        <source>Stations with turnout of 100% or more, every ballot for the leader, or turnout or leader's share at a whole percent. Many honest stations are on this list by chance: it is where to look first, not a list of frauds.</source>
        <translation>Участки с явкой 100% и более, со всеми бюллетенями за лидера или с явкой либо долей лидера на целом проценте. Многие честные участки попадают в этот список случайно: это то, куда смотреть сначала, а не список фальсификаций.</translation>
    </message>
    <message>
        <source>{0} stations × {1} candidates are too many to check at once: choose a place (a region or district) or a contest of fewer candidates, such as the party totals.</source>
        <translation>{0} участков × {1} кандидатов — слишком много, чтобы проверить сразу: выберите территорию (регион или округ) или голосование с меньшим числом кандидатов, например суммы по партиям.</translation>
    </message>
</context>
<context>
    <name>MapController</name>
    <message>
        <source>Reading the boundaries was cancelled: no map. File → Attach Boundaries… to read them again.</source>
        <translation>Чтение границ отменено: карты нет. Файл → Прикрепить границы…, чтобы прочитать их снова.</translation>
    </message>
    <message>
        <source>Reading boundaries from {0}… {1}%</source>
        <translation>Чтение границ из {0}… {1}%</translation>
    </message>
    <message>
        <source>Attach &amp;Boundaries…</source>
        <translation>Прикрепить &amp;границы…</translation>
    </message>
    <message>
        <source>Map Regions Not &amp;Joined…</source>
        <translation>Области карты без &amp;соответствия…</translation>
    </message>
    <message>
        <source>No boundaries for this file: File → Attach Boundaries…</source>
        <translation>Для этого файла нет границ: Файл → Прикрепить границы…</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>Map Beside the Chart</source>
        <translation>Карта рядом с диаграммой</translation>
    </message>
    <message>
        <source>Attach boundaries</source>
        <translation>Прикрепить границы</translation>
    </message>
    <message>
        <source>Boundaries (*.json *.geojson *.topojson *.shp);;All files (*)</source>
        <translation>Границы (*.json *.geojson *.topojson *.shp);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Reading boundaries…</source>
        <translation>Чтение границ…</translation>
    </message>
    <message>
        <source>Could not read the boundaries: {0}</source>
        <translation>Не удалось прочитать границы: {0}</translation>
    </message>
    <message>
        <source>{0} places are not on the map (Map Regions Not Joined…).</source>
        <translation>Мест без области на карте: {0} (Области карты без соответствия…).</translation>
    </message>
    <message>
        <source> (derived)</source>
        <translation> (вычислено)</translation>
    </message>
    <message>
        <source>Turnout: {0}</source>
        <translation>Явка: {0}</translation>
    </message>
    <message>
        <source>Reporting: {0} of {1}</source>
        <translation>Отчитались: {0} из {1}</translation>
    </message>
    <message>
        <source>{0}: {1} (reported, {2}; {3})</source>
        <translation>{0}: {1} (как сообщено, {2}; {3})</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>нет данных</translation>
    </message>
    <message>
        <source>Map as P&amp;NG…</source>
        <translation>Карта в P&amp;NG…</translation>
    </message>
    <message>
        <source>Map as S&amp;VG…</source>
        <translation>Карта в S&amp;VG…</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Изображение PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>Изображение SVG (*.svg)</translation>
    </message>
</context>
<context>
    <name>MapLegend</name>
    <message>
        <source>no data</source>
        <translation>нет данных</translation>
    </message>
    <message>
        <source>Map legend</source>
        <translation>Легенда карты</translation>
    </message>
</context>
<context>
    <name>MapPane</name>
    <message>
        <source>Reading boundaries</source>
        <translation>Чтение границ</translation>
    </message>
    <message>
        <source>Leader and margin</source>
        <translation>Лидер и отрыв</translation>
    </message>
    <message>
        <source>Turnout</source>
        <translation>Явка</translation>
    </message>
    <message>
        <source>Share of the selected candidate</source>
        <translation>Доля выбранного кандидата</translation>
    </message>
    <message>
        <source>Change since the compared file</source>
        <translation>Изменение с файла для сравнения</translation>
    </message>
    <message>
        <source>Reporting progress</source>
        <translation>Ход подсчёта</translation>
    </message>
    <message>
        <source>Map measure</source>
        <translation>Показатель карты</translation>
    </message>
    <message>
        <source>↑ Whole contest</source>
        <translation>↑ Весь округ</translation>
    </message>
    <message>
        <source>Back to the whole contest</source>
        <translation>Назад ко всему округу</translation>
    </message>
    <message>
        <source>Map notes</source>
        <translation>Примечания к карте</translation>
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
        <translation>Сопоставить эти места с картой?</translation>
    </message>
    <message>
        <source>{0} → {1} ({2}, {3:.0%} alike)</source>
        <translation>{0} → {1} ({2}, сходство {3:.0%})</translation>
    </message>
    <message>
        <source>These names match only after transliteration or by likeness. Tick the pairs that are the same place.</source>
        <translation>Эти названия совпадают только после транслитерации или по сходству. Отметьте пары, которые обозначают одно место.</translation>
    </message>
</context>
<context>
    <name>UnmatchedDialog</name>
    <message>
        <source>Places and map regions not joined</source>
        <translation>Несопоставленные места и области карты</translation>
    </message>
    <message>
        <source>Places without a map region</source>
        <translation>Места без области на карте</translation>
    </message>
    <message>
        <source>Map regions without a place</source>
        <translation>Области карты без места</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Сопоставить</translation>
    </message>
    <message>
        <source>Places without a map region ({0})</source>
        <translation>Места без области на карте ({0})</translation>
    </message>
    <message>
        <source>Map regions without a place ({0})</source>
        <translation>Области карты без места ({0})</translation>
    </message>
</context>
<context>
    <name>geo</name>
    <message>
        <source>a coordinate is not a finite number</source>
        <translation>координата не является конечным числом</translation>
    </message>
    <message>
        <source>as projected in the file</source>
        <translation>в проекции файла</translation>
    </message>
    <message>
        <source>a ring is not a list of positions</source>
        <translation>контур не является списком точек</translation>
    </message>
    <message>
        <source>the topology has no objects</source>
        <translation>в топологии нет объектов</translation>
    </message>
    <message>
        <source>the topology has no object {0}</source>
        <translation>в топологии нет объекта {0}</translation>
    </message>
    <message>
        <source>the shapefile's .dbf table (the regions' names and codes) is missing</source>
        <translation>нет таблицы .dbf шейп-файла (названия и коды областей)</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>не файл</translation>
    </message>
    <message>
        <source>larger than {0} MB</source>
        <translation>больше {0} МБ</translation>
    </message>
    <message>
        <source>not a GeoJSON or TopoJSON object</source>
        <translation>не объект GeoJSON или TopoJSON</translation>
    </message>
    <message>
        <source>reading shapefiles needs the pyshp package</source>
        <translation>для чтения шейп-файлов нужен пакет pyshp</translation>
    </message>
    <message>
        <source>Albers equal-area, standard parallels {0}° and {1}°, central meridian {2}°</source>
        <translation>равновеликая проекция Альберса, стандартные параллели {0}° и {1}°, центральный меридиан {2}°</translation>
    </message>
    <message>
        <source>{joined} of {places} places joined ({ways}); {proposed} proposed, {ambiguous} ambiguous; {features} map features without a place</source>
        <translation>сопоставлено мест: {joined} из {places} ({ways}); предложено: {proposed}, неоднозначно: {ambiguous}; областей карты без места: {features}</translation>
    </message>
    <message>
        <source>by code</source>
        <translation>по коду</translation>
    </message>
    <message>
        <source>by name</source>
        <translation>по названию</translation>
    </message>
    <message>
        <source>by name within the area</source>
        <translation>по названию в пределах области</translation>
    </message>
    <message>
        <source>set by the user</source>
        <translation>задано пользователем</translation>
    </message>
    <message>
        <source>transliterated name, confirmed</source>
        <translation>транслитерированное название, подтверждено</translation>
    </message>
    <message>
        <source>similar name, confirmed</source>
        <translation>похожее название, подтверждено</translation>
    </message>
    <message>
        <source>lead under {0} points</source>
        <translation>отрыв меньше {0} п.</translation>
    </message>
    <message>
        <source>lead {0}–{1} points</source>
        <translation>отрыв {0}–{1} п.</translation>
    </message>
    <message>
        <source>lead {0} points or more</source>
        <translation>отрыв {0} п. и больше</translation>
    </message>
    <message>
        <source>tied</source>
        <translation>равенство</translation>
    </message>
    <message>
        <source>Leader, shaded by the lead over the runner-up (points of the share, derived)</source>
        <translation>Лидер; оттенок — отрыв от второго места (пункты доли, вычислено)</translation>
    </message>
    <message>
        <source>{0}: share of valid votes</source>
        <translation>{0}: доля действительных голосов</translation>
    </message>
    <message>
        <source>(derived where not reported)</source>
        <translation>(вычислено, где не сообщено)</translation>
    </message>
    <message>
        <source>Turnout</source>
        <translation>Явка</translation>
    </message>
    <message>
        <source>(derived from ballots and registered voters where not reported)</source>
        <translation>(вычислено по бюллетеням и избирателям, где не сообщено)</translation>
    </message>
    <message>
        <source>{0}: change in share since the compared file (points, derived)</source>
        <translation>{0}: изменение доли с файла для сравнения (пункты, вычислено)</translation>
    </message>
    <message>
        <source>No file to compare with: File → Compare With… first.</source>
        <translation>Нет файла для сравнения: сначала Файл → Сравнить с…</translation>
    </message>
    <message>
        <source>{0} is not in the compared file.</source>
        <translation>{0} нет в файле для сравнения.</translation>
    </message>
    <message>
        <source>points</source>
        <translation>п.</translation>
    </message>
    <message>
        <source>counted</source>
        <translation>подсчитано</translation>
    </message>
    <message>
        <source>partly counted</source>
        <translation>подсчитано частично</translation>
    </message>
    <message>
        <source>not yet counted</source>
        <translation>ещё не подсчитано</translation>
    </message>
    <message>
        <source>Reporting progress (the file's units reported)</source>
        <translation>Ход подсчёта (отчитавшиеся единицы файла)</translation>
    </message>
    <message>
        <source>This file has no results by region: the map can't show votes or shares for its places.</source>
        <translation>В этом файле нет результатов по регионам: карта не может показать голоса или доли по местам.</translation>
    </message>
    <message>
        <source>preliminary</source>
        <translation>предварительные</translation>
    </message>
    <message>
        <source>final</source>
        <translation>окончательные</translation>
    </message>
    <message>
        <source>certified</source>
        <translation>утверждённые</translation>
    </message>
    <message>
        <source>unofficial</source>
        <translation>неофициальные</translation>
    </message>
</context>
<context>
    <name>ChartPane</name>
    <message>
        <source>Chart view</source>
        <translation>Вид диаграммы</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Диаграммы</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>Bar chart of vote shares</source>
        <translation>Столбчатая диаграмма долей голосов</translation>
    </message>
    <message>
        <source>{0}% threshold</source>
        <translation>барьер {0}%</translation>
    </message>
    <message>
        <source>majority</source>
        <translation>большинство</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>не сообщается</translation>
    </message>
    <message>
        <source>+{0} more, votes not reported</source>
        <translation>+ещё {0}, голоса не сообщаются</translation>
    </message>
    <message>
        <source>+{0} more: {1} votes, {2} together</source>
        <translation>+ещё {0}: {1} голосов, вместе {2}</translation>
    </message>
    <message>
        <source> ({0} without a reported figure)</source>
        <translation> (без сообщённых данных: {0})</translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <translation>… и ещё {0}</translation>
    </message>
    <message>
        <source> (estimated)</source>
        <translation> (оценка)</translation>
    </message>
    <message>
        <source>{0} votes{1}, {2}</source>
        <translation>{0} голосов{1}, {2}</translation>
    </message>
    <message>
        <source> Selected: {0}.</source>
        <translation> Выбрано: {0}.</translation>
    </message>
    <message>
        <source>Bars in the table's order: {0}.{1}{2} Arrow keys move between bars.</source>
        <translation>Столбцы в порядке таблицы: {0}.{1}{2} Клавиши со стрелками переходят между столбцами.</translation>
    </message>
</context>
<context>
    <name>ChartViews</name>
    <message>
        <source>Bars</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <source>Vote shares</source>
        <translation>Доли голосов</translation>
    </message>
    <message>
        <source>Vote shares as bars in the table's order; chosen by itself for more than {0} candidates, as many as a pie can show legibly</source>
        <translation>Доли голосов столбцами в порядке таблицы; выбираются сами при числе кандидатов больше {0} — столько круговая диаграмма показывает разборчиво</translation>
    </message>
    <message>
        <source>majority ({0}%)</source>
        <translation>большинство ({0}%)</translation>
    </message>
    <message>
        <source>earlier: {0}</source>
        <translation>ранее: {0}</translation>
    </message>
    <message>
        <source>later: {0}</source>
        <translation>позже: {0}</translation>
    </message>
    <message>
        <source>the results on screen</source>
        <translation>результаты на экране</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Change in points</source>
        <translation>Изменение в пунктах</translation>
    </message>
    <message>
        <source>Points gained or lost per candidate since the earlier count, and seats where both counts have them</source>
        <translation>Пункты, прибавленные или потерянные каждым кандидатом с более раннего подсчёта, и места, если они есть в обоих подсчётах</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Ход подсчёта</translation>
    </message>
    <message>
        <source>Shares over the count</source>
        <translation>Доли по ходу подсчёта</translation>
    </message>
    <message>
        <source>Each candidate&apos;s share in every version of the count kept so far; click a point to replay that version</source>
        <translation>Доля каждого кандидата во всех сохранённых версиях подсчёта; щелчок по точке показывает эту версию</translation>
    </message>
    <message>
        <source>version {0}, seen {1}</source>
        <translation>версия {0}, получена в {1}</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Изображение PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>Изображение SVG (*.svg)</translation>
    </message>
    <message>
        <source>Change Chart as PNG…</source>
        <translation>Диаграмма изменений в PNG…</translation>
    </message>
    <message>
        <source>Change Chart as SVG…</source>
        <translation>Диаграмма изменений в SVG…</translation>
    </message>
    <message>
        <source>Count over Time as PNG…</source>
        <translation>Ход подсчёта в PNG…</translation>
    </message>
    <message>
        <source>Count over Time as SVG…</source>
        <translation>Ход подсчёта в SVG…</translation>
    </message>
    <message>
        <source>only in the earlier count: {0}</source>
        <translation>только в более раннем подсчёте: {0}</translation>
    </message>
    <message>
        <source>only in the later count: {0}</source>
        <translation>только в более позднем подсчёте: {0}</translation>
    </message>
    <message>
        <source>; … and {0} more</source>
        <translation>; … и ещё {0}</translation>
    </message>
    <message>
        <source>Change measure</source>
        <translation>Мера изменения</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Пункты</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Места</translation>
    </message>
    <message>
        <source>The bars&apos; length: points of share gained or lost, or seats (where both counts allocate seats)</source>
        <translation>Длина столбцов: прибавленные или потерянные пункты доли либо места (если места распределяются в обоих подсчётах)</translation>
    </message>
    <message>
        <source>Change in seats</source>
        <translation>Изменение в местах</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <source>{day} January {year}</source>
        <translation>{day} января {year} г.</translation>
    </message>
    <message>
        <source>{day} February {year}</source>
        <translation>{day} февраля {year} г.</translation>
    </message>
    <message>
        <source>{day} March {year}</source>
        <translation>{day} марта {year} г.</translation>
    </message>
    <message>
        <source>{day} April {year}</source>
        <translation>{day} апреля {year} г.</translation>
    </message>
    <message>
        <source>{day} May {year}</source>
        <translation>{day} мая {year} г.</translation>
    </message>
    <message>
        <source>{day} June {year}</source>
        <translation>{day} июня {year} г.</translation>
    </message>
    <message>
        <source>{day} July {year}</source>
        <translation>{day} июля {year} г.</translation>
    </message>
    <message>
        <source>{day} August {year}</source>
        <translation>{day} августа {year} г.</translation>
    </message>
    <message>
        <source>{day} September {year}</source>
        <translation>{day} сентября {year} г.</translation>
    </message>
    <message>
        <source>{day} October {year}</source>
        <translation>{day} октября {year} г.</translation>
    </message>
    <message>
        <source>{day} November {year}</source>
        <translation>{day} ноября {year} г.</translation>
    </message>
    <message>
        <source>{day} December {year}</source>
        <translation>{day} декабря {year} г.</translation>
    </message>
</context>
<context>
    <name>other_counts</name>
    <message>
        <source>overvotes</source>
        <translation>перебор отметок</translation>
    </message>
    <message>
        <source>undervotes</source>
        <translation>недобор отметок</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>недействительные</translation>
    </message>
    <message>
        <source>blank</source>
        <translation>пустые бюллетени</translation>
    </message>
    <message>
        <source>none of the above</source>
        <translation>против всех</translation>
    </message>
    <message>
        <source>rejected write-ins</source>
        <translation>отклонённые вписанные кандидаты</translation>
    </message>
    <message>
        <source>write-ins</source>
        <translation>вписанные кандидаты</translation>
    </message>
    <message>
        <source>inactive ballots (final round)</source>
        <translation>выбывшие бюллетени (последний тур)</translation>
    </message>
</context>
<context>
    <name>ChangeChart</name>
    <message>
        <source>Change chart: points gained or lost</source>
        <translation>Диаграмма изменений: прибавленные и потерянные пункты</translation>
    </message>
    <message>
        <source>not in the earlier count</source>
        <translation>нет в более раннем подсчёте</translation>
    </message>
    <message>
        <source>{0} points</source>
        <translation>{0} п. п.</translation>
    </message>
    <message>
        <source>{0} seats</source>
        <translation>{0} мест</translation>
    </message>
    <message>
        <source>+{0} more, not in the earlier count</source>
        <translation>ещё {0}, нет в более раннем подсчёте</translation>
    </message>
    <message>
        <source>+{0} more: {1} points together ({2} gained, {3} lost)</source>
        <translation>ещё {0}: вместе {1} п. п. ({2} прибавили, {3} потеряли)</translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <translation>… и ещё {0}</translation>
    </message>
    <message>
        <source>{0} votes; now {1} votes, {2}</source>
        <translation>{0} голосов; теперь {1} голосов, {2}</translation>
    </message>
    <message>
        <source>Change in points, {0}, in the table&apos;s order: {1}.{2}{3} Arrow keys move between bars.</source>
        <translation>Изменение в пунктах, {0}, в порядке таблицы: {1}.{2}{3} Клавиши со стрелками переходят между столбцами.</translation>
    </message>
    <message>
        <source> Selected: {0}.</source>
        <translation> Выбрано: {0}.</translation>
    </message>
    <message>
        <source>+{0} more: {1} seats together ({2} gained, {3} lost)</source>
        <translation>ещё {0}: вместе {1} мест ({2} прибавили, {3} потеряли)</translation>
    </message>
    <message>
        <source>Change in seats, {0}, in the table&apos;s order: {1}.{2}{3} Arrow keys move between bars.</source>
        <translation>Изменение в местах, {0}, в порядке таблицы: {1}.{2}{3} Клавиши со стрелками переходят между столбцами.</translation>
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
        <translation>{0}, {1} голосов</translation>
    </message>
    <message>
        <source>not in this version</source>
        <translation>нет в этой версии</translation>
    </message>
    <message>
        <source>{0} valid votes counted</source>
        <translation>подсчитано {0} действительных голосов</translation>
    </message>
    <message>
        <source>{0} of {1} units reporting</source>
        <translation>поступили данные {0} из {1} участков</translation>
    </message>
    <message>
        <source>{0} units reporting</source>
        <translation>поступили данные {0} участков</translation>
    </message>
</context>
<context>
    <name>CountHistoryChart</name>
    <message>
        <source>Count over time: each candidate&apos;s share by version</source>
        <translation>Ход подсчёта: доля каждого кандидата по версиям</translation>
    </message>
    <message>
        <source>version</source>
        <translation>версия</translation>
    </message>
    <message>
        <source>share, %</source>
        <translation>доля, %</translation>
    </message>
    <message>
        <source>+{0} more candidates not drawn (their shares are in the table)</source>
        <translation>ещё {0} кандидатов не показаны (их доли — в таблице)</translation>
    </message>
    <message>
        <source>valid votes counted {0} → {1}</source>
        <translation>подсчитано действительных голосов: {0} → {1}</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} из {1}</translation>
    </message>
    <message>
        <source>units reporting {0} → {1}</source>
        <translation>участков с данными: {0} → {1}</translation>
    </message>
    <message>
        <source>Shares from version 1 to {0}: {1}. Click a point to replay its version; the left and right arrow keys replay the one before or after.</source>
        <translation>Доли с версии 1 по {0}: {1}. Щелчок по точке показывает её версию; клавиши со стрелками влево и вправо — предыдущую или следующую.</translation>
    </message>
</context>
<context>
    <name>SankeyFlow</name>
    <message>
        <source>surplus of an elected candidate: the votes over the threshold move on</source>
        <translation>излишек избранного кандидата: голоса сверх порога переходят дальше</translation>
    </message>
    <message>
        <source>split from a batch in proportion to votes given up</source>
        <translation>доля партии голосов, разделённой пропорционально отданным голосам</translation>
    </message>
</context>
<context>
    <name>LatestWork</name>
    <message>
        <source>the history store failed: {0}</source>
        <translation>сбой хранилища истории: {0}</translation>
    </message>
    <message>
        <source>its stored copy is missing or damaged</source>
        <translation>её сохранённая копия отсутствует или повреждена</translation>
    </message>
</context>
<context>
    <name>CountSeriesReader</name>
    <message>
        <source>Reading a stored version…</source>
        <translation>Чтение сохранённой версии…</translation>
    </message>
    <message>
        <source>Reading {0} stored versions…</source>
        <translation>Чтение сохранённых версий ({0})…</translation>
    </message>
    <message>
        <source>The count over time could not be read: {0}</source>
        <translation>Не удалось прочитать ход подсчёта: {0}</translation>
    </message>
    <message>
        <source>{0} of {1} stored versions could not be read and have no points: {2}</source>
        <translation>Не прочитано сохранённых версий: {0} из {1}, у них нет точек: {2}</translation>
    </message>
    <message>
        <source>{0} {1} read</source>
        <translation>{0} прочитано: {1}</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>{contest}: candidates whose names look alike but are spelt with different characters: {pairs} and {count} more — check which is meant</source>
        <translation>{contest}: имена кандидатов выглядят одинаково, но написаны разными символами: {pairs} и ещё {count} — проверьте, какое имеется в виду</translation>
    </message>
    <message>
        <source>{contest}: candidates whose names look alike but are spelt with different characters: {pairs} — check which is meant</source>
        <translation>{contest}: имена кандидатов выглядят одинаково, но написаны разными символами: {pairs} — проверьте, какое имеется в виду</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} и {second}</translation>
    </message>
    <message>
        <source>a non-candidate count</source>
        <translation>показатель не по кандидату</translation>
    </message>
    <message>
        <source>{contest}: {unit} reports {reported} for {what} but its sub-units add up to {parts}; the sub-units are used.</source>
        <translation>{contest}: {unit}: {what} — {reported}, а нижестоящие единицы в сумме дают {parts}; используются данные нижестоящих единиц.</translation>
    </message>
    <message>
        <source>{contest}: {count} more units disagree with their sub-units; the sub-units are used.</source>
        <translation>{contest}: ещё {count} ед. расходятся со своими нижестоящими единицами; используются данные нижестоящих единиц.</translation>
    </message>
    <message>
        <source>rows for {row} were taken as totals of the whole area and not added to it</source>
        <translation>строки {row} приняты за итоги по всей территории и не прибавлены к ней</translation>
    </message>
    <message>
        <source>{count} count(s) had a TOTAL row beside vote-mode rows; the TOTAL was used, not the sum of both</source>
        <translation>подсчётов, где рядом со строками способов голосования есть строка TOTAL: {count}; использована строка TOTAL, а не сумма обеих</translation>
    </message>
    <message>
        <source>{contest}: {label} rows repeat the write-in rows and were left out</source>
        <translation>{contest}: строки {label} повторяют строки вписанных кандидатов и не учтены</translation>
    </message>
    <message>
        <source>{contest}: rows named {label} are totals of the other rows (they agree) and were left out</source>
        <translation>{contest}: строки с названием {label} — итоги остальных строк (они сходятся) и не учтены</translation>
    </message>
    <message>
        <source>{contest}: the {label} row says {stated} but the candidates beside it add up to {added}; the candidates&apos; figures are used</source>
        <translation>{contest}: в строке {label} указано {stated}, а кандидаты рядом с ней в сумме дают {added}; используются данные кандидатов</translation>
    </message>
    <message>
        <source>blank ballots</source>
        <translation>пустые бюллетени</translation>
    </message>
    <message>
        <source>{role} rows are not shown (electview has no place for them)</source>
        <translation>строки «{role}» не показаны (в electview для них нет места)</translation>
    </message>
    <message>
        <source>a contest</source>
        <translation>выборы</translation>
    </message>
    <message>
        <source>{contest}: {votes} votes at {units} unit(s) outside its district {district} were left out</source>
        <translation>{contest}: не учтены голоса вне округа {district}: {votes} в {units} ед.</translation>
    </message>
    <message>
        <source>the report has {count} elections; only the first is shown</source>
        <translation>выборов в отчёте: {count}; показаны только первые</translation>
    </message>
    <message>
        <source>counts for {count} unknown GpUnit id(s) were left out ({ids})</source>
        <translation>не учтены результаты по неизвестным идентификаторам GpUnit, всего {count} ({ids})</translation>
    </message>
    <message>
        <source>no results yet: the report has no vote counts (a pre-election report)</source>
        <translation>результатов пока нет: в отчёте нет подсчёта голосов (предвыборный отчёт)</translation>
    </message>
    <message>
        <source>the report is marked as test data (IsTest)</source>
        <translation>отчёт помечен как тестовые данные (IsTest)</translation>
    </message>
    <message>
        <source>unknown results status {status}</source>
        <translation>неизвестный статус результатов {status}</translation>
    </message>
    <message>
        <source>{count} votes are not broken down by place</source>
        <translation>голосов без разбивки по местам: {count}</translation>
    </message>
    <message>
        <source>the breakdown has more</source>
        <translation>в разбивке больше</translation>
    </message>
    <message>
        <source>{contest}: {choice} has totalVotes {stated} but its vote types add up to {added} ({missing})</source>
        <translation>{contest}: {choice}: totalVotes {stated}, а сумма по видам голосования — {added} ({missing})</translation>
    </message>
    <message>
        <source>no EML 230 candidate list for this election beside the file: candidates are shown by number</source>
        <translation>рядом с файлом нет списка кандидатов EML 230 для этих выборов: кандидаты показаны по номерам</translation>
    </message>
    <message>
        <source>this is a corrigendum: figures correct an earlier count</source>
        <translation>это исправление: данные исправляют более ранний подсчёт</translation>
    </message>
    <message>
        <source>{area}: the reporting units add up to more than the area&apos;s total votes</source>
        <translation>{area}: сумма по отчитывающимся единицам больше общего числа голосов территории</translation>
    </message>
    <message>
        <source>the file breaks down {count} reporting unit(s) but not all of {area}; the rest of the area&apos;s total is shown as one unit</source>
        <translation>файл даёт разбивку по отчитывающимся единицам ({count}), но не по всей территории {area}; остаток итога территории показан одной единицей</translation>
    </message>
    <message>
        <source>{list}: the list is marked elected but {count} of its candidates are elected; the seats follow the candidates</source>
        <translation>{list}: список отмечен как избранный, но избрано его кандидатов: {count}; места распределены по кандидатам</translation>
    </message>
    <message>
        <source>{list}: the list is marked not elected but {count} of its candidates are elected; the seats follow the candidates</source>
        <translation>{list}: список отмечен как неизбранный, но избрано его кандидатов: {count}; места распределены по кандидатам</translation>
    </message>
    <message>
        <source>{count} polling station number(s) used by more than one column (e.g. {number})</source>
        <translation>номеров избирательных участков, использованных в нескольких столбцах: {count} (например, {number})</translation>
    </message>
    <message>
        <source>{count} reconciliation row(s) not shown (e.g. {row})</source>
        <translation>не показаны строки сверки: {count} (например, {row})</translation>
    </message>
    <message>
        <source>{list}: Totaal {total} but the polling stations add up to {added}</source>
        <translation>{list}: Totaal {total}, а сумма по избирательным участкам — {added}</translation>
    </message>
    <message>
        <source>{count} not attributed to a candidate</source>
        <translation>не отнесено ни к одному кандидату: {count}</translation>
    </message>
    <message>
        <source>the candidates have more</source>
        <translation>у кандидатов больше</translation>
    </message>
    <message>
        <source>{contest}, {place}: totalvotes {stated} but the candidates&apos; votes add up to {added} ({detail})</source>
        <translation>{contest}, {place}: totalvotes {stated}, а голоса кандидатов в сумме дают {added} ({detail})</translation>
    </message>
    <message>
        <source>{contest}: {mode} is blank in {count} rows (not reported, not zero); those totals count only the other vote modes</source>
        <translation>{contest}: {mode} пусто в строках: {count} (не сообщено, а не ноль); в их итогах учтены только другие способы голосования</translation>
    </message>
    <message>
        <source>precinct rows named {place} are a vote mode, not a place; they count in the county&apos;s total</source>
        <translation>строки участков с названием {place} — способ голосования, а не место; они входят в итог округа</translation>
    </message>
    <message>
        <source>candidate names from {source}</source>
        <translation>имена кандидатов из файла {source}</translation>
    </message>
    <message>
        <source>a protocol figure</source>
        <translation>показатель протокола</translation>
    </message>
    <message>
        <source>registered voters</source>
        <translation>избиратели в списке</translation>
    </message>
    <message>
        <source>ballots cast</source>
        <translation>поданные бюллетени</translation>
    </message>
    <message>
        <source>valid votes</source>
        <translation>действительные голоса</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>недействительные</translation>
    </message>
    <message>
        <source>blank</source>
        <translation>пустые</translation>
    </message>
    <message>
        <source>majority</source>
        <translation>большинство</translation>
    </message>
    <message>
        <source>a number of areas</source>
        <translation>число территорий</translation>
    </message>
    <message>
        <source>ballots issued</source>
        <translation>выданные бюллетени</translation>
    </message>
    <message>
        <source>ballots received</source>
        <translation>полученные бюллетени</translation>
    </message>
    <message>
        <source>ballots not used</source>
        <translation>неиспользованные бюллетени</translation>
    </message>
    <message>
        <source>ballots lost</source>
        <translation>утраченные бюллетени</translation>
    </message>
    <message>
        <source>abstentions</source>
        <translation>воздержавшиеся</translation>
    </message>
    <message>
        <source>{count} columns are protocol figures, not candidates: {columns}</source>
        <translation>столбцов с показателями протокола, а не кандидатами: {count} — {columns}</translation>
    </message>
    <message>
        <source>{count} more ({what})</source>
        <translation>ещё {count} ({what})</translation>
    </message>
    <message>
        <source>{count} rows have no {mode} figure (blank: not reported, not zero); their totals count only the vote modes given</source>
        <translation>строк без показателя {mode}: {count} (пусто: не сообщено, а не ноль); в их итогах учтены только указанные способы голосования</translation>
    </message>
    <message>
        <source>{label} ({what})</source>
        <translation>{label} ({what})</translation>
    </message>
    <message>
        <source>line {line} has no name and its figures are the sum of the other rows of {area}: read as that area&apos;s total, checked against them</source>
        <translation>строка {line} без названия, а её числа — сумма остальных строк {area}: прочитана как итог этой территории и сверена с ними</translation>
    </message>
    <message>
        <source>the party is written at the end of each candidate&apos;s name; it was split off</source>
        <translation>партия записана в конце имени каждого кандидата; она отделена</translation>
    </message>
    <message>
        <source>{what} ×{count}</source>
        <translation>{what} ×{count}</translation>
    </message>
    <message>
        <source>line {line} names seat {code} {name}, elsewhere {first}; the code decides</source>
        <translation>в строке {line} место {code} названо {name}, в других строках — {first}; решает код</translation>
    </message>
    <message>
        <source>the shares in {column} are not the votes over this table&apos;s totals; shown as the file&apos;s own figures</source>
        <translation>доли в столбце {column} не равны голосам, делённым на итоги этой таблицы; показаны как собственные данные файла</translation>
    </message>
    <message>
        <source>column {column} is part of the other columns (with it the candidates add up to more than {total}); it is shown apart, not as a candidate</source>
        <translation>столбец {column} — часть других столбцов (с ним сумма кандидатов больше, чем {total}); он показан отдельно, не как кандидат</translation>
    </message>
    <message>
        <source>{name} ({scripts})</source>
        <translation>{name} ({scripts})</translation>
    </message>
    <message>
        <source>Latin</source>
        <translation>латиница</translation>
    </message>
    <message>
        <source>Cyrillic</source>
        <translation>кириллица</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>греческое письмо</translation>
    </message>
    <message>
        <source>Armenian</source>
        <translation>армянское письмо</translation>
    </message>
    <message>
        <source>Georgian</source>
        <translation>грузинское письмо</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>арабское письмо</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>еврейское письмо</translation>
    </message>
    <message>
        <source>Fullwidth</source>
        <translation>полноширинные знаки</translation>
    </message>
</context>
</TS>
