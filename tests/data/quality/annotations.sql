-- Annotations of requests.jsonl, inserted directly (the annotation store is not needed to read them).
-- Each row: request id (events.ext_id), author, rating, thumb, labels, comment.
INSERT INTO annotations(event_id, author, ts, rating, thumb, labels, comment)
SELECT e.id, a.author, 1791200000, a.rating, a.thumb, a.labels, a.comment FROM (
  SELECT 'q1' AS ext, 'alice' AS author, 5 AS rating, 1 AS thumb, '["correct"]' AS labels, '' AS comment
  UNION ALL SELECT 'q2', 'alice', NULL, 1, '[]', ''
  UNION ALL SELECT 'q2', 'bob', 3, NULL, '[]', ''
  UNION ALL SELECT 'q3', 'alice', NULL, NULL, '[]', 'ok'
  UNION ALL SELECT 'q4', 'alice', 4, NULL, '[]', ''
  UNION ALL SELECT 'q5', 'bob', NULL, -1, '["hallucination"]', ''
  UNION ALL SELECT 'q6', 'alice', 2, NULL, '["too verbose"]', ''
  UNION ALL SELECT 'q7', 'bob', 4, NULL, '[]', ''
  UNION ALL SELECT 'q7', 'alice', 5, NULL, '[]', ''
  UNION ALL SELECT 'q9', 'alice', NULL, 1, '[]', ''
  UNION ALL SELECT 'q10', 'alice', 3, NULL, '[]', ''
  UNION ALL SELECT 'q11', 'alice', 1, -1, '[]', ''
) a JOIN events e ON e.ext_id = a.ext;
