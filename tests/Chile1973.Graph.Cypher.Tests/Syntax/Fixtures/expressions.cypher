RETURN -9223372036854775808 AS min, 0x1F AS hex, 0o17 AS oct, .5e-3 AS f, 'a\tb\u00e9' AS s,
       [x IN range(1, 10) WHERE x % 2 = 0 | x ^ 2] AS evens,
       all(y IN [1, 2] WHERE y > 0) AS positive,
       reduce(acc = 0, z IN [1, 2, 3] | acc + z) AS total,
       CASE WHEN 1 < 2 <= 3 THEN 'chain' ELSE null END AS searched,
       CASE 1 WHEN 1 THEN true END AS simple,
       {a: [1, 2][0], b: 'xyz'[1..], c: null IS NOT NULL, d: 'x' IN ['x'] OR false XOR true} AS map,
       date.truncate('month', date()) AS fn
