"""The generic results-table reader, in stages with one job each (see docs/ARCHITECTURE.md, "Reading a table").

1. :mod:`.grid` decodes the bytes (encoding, delimiter) into rows of cells;
2. :mod:`.header` finds the header below any preamble, joins header rows that span several lines,
   and finds repeated column blocks;
3. :mod:`.profile` measures each column (numbers, codes, text) and :mod:`.words` names what its header says;
4. :mod:`.layout` infers the readings the table could have (wide, long, blocks) with a role per column;
5. :mod:`.checks` holds each reading to the file's own figures (candidates add up to valid votes, vote modes
   to their total, shares to votes) — a reading that fails is never shown;
6. :mod:`.build` turns the reading that passes into a ResultsDataset.

Each stage is a pure function over the stage before, so a new table shape is a new rule in one stage.
"""
