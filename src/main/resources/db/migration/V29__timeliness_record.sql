-- Issue 23: the live statistics count each limit and its outcome. First decisions are on time,
-- late within the hard limit or past it; late ones count by their delay reason; expedited requests
-- and interim arrangements count too. The cubes are built again at the next start.
UPDATE stats_cube_state SET complete_before = 0 WHERE id = 1;
