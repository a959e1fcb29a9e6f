Feature: Passing - scenarios a correct engine passes

  Scenario: [1] Result rows in any order, with their side effects
    Given an empty graph
    When executing query:
      """
      CREATE (a:A {name: 'a'}), (b:B {name: 'b'})
      CREATE (a)-[:T {w: 1}]->(b)
      RETURN a.name AS name
      """
    Then the result should be, in any order:
      | name |
      | 'a'  |
    And the side effects should be:
      | +nodes         | 2 |
      | +relationships | 1 |
      | +labels        | 2 |
      | +properties    | 3 |

  Scenario: [2] Ordered rows, parameters and a control query
    Given an empty graph
    And having executed:
      """
      UNWIND [3, 1, 2] AS i CREATE (:N {i: i})
      """
    And parameters are:
      | min | 2 |
    When executing query:
      """
      MATCH (n:N) WHERE n.i >= $min RETURN n.i AS i ORDER BY i DESC
      """
    Then the result should be, in order:
      | i |
      | 3 |
      | 2 |
    And no side effects
    When executing control query:
      """
      MATCH (n:N) RETURN count(n) AS c
      """
    Then the result should be, in any order:
      | c |
      | 3 |

  Scenario: [3] An expected compile-time error
    Given any graph
    When executing query:
      """
      RETURN x
      """
    Then a SyntaxError should be raised at compile time: UndefinedVariable

  Scenario: [4] Changing a property is one removed and one added
    Given an empty graph
    And having executed:
      """
      CREATE (:A {k: 1, keep: 'x'})
      """
    When executing query:
      """
      MATCH (n:A) SET n.k = 2
      """
    Then the result should be empty
    And the side effects should be:
      | +properties | 1 |
      | -properties | 1 |

  Scenario Outline: [5] Lists ignoring element order
    Given any graph
    When executing query:
      """
      RETURN <list> AS l
      """
    Then the result should be (ignoring element order for lists):
      | l          |
      | [3, 1, 2]  |

    Examples:
      | list      |
      | [1, 2, 3] |
      | [2, 3, 1] |

  Scenario: [6] Labels count as distinct names in the graph, not as assignments
    Given an empty graph
    When executing query:
      """
      CREATE (:L), (:L:M)
      """
    Then the result should be empty
    And the side effects should be:
      | +nodes  | 2 |
      | +labels | 2 |

  Scenario: [7] Setting a property to the value it has is no side effect
    Given an empty graph
    And having executed:
      """
      CREATE (:A {k: 1})
      """
    When executing query:
      """
      MATCH (n:A) SET n.k = 1
      """
    Then the result should be empty
    And no side effects

  Scenario: [8] Deleting a node removes its properties and its last label
    Given an empty graph
    And having executed:
      """
      CREATE (:A {k: 1, j: 'x'}), (:B)
      """
    When executing query:
      """
      MATCH (n:A) DELETE n
      """
    Then the result should be empty
    And the side effects should be:
      | -nodes      | 1 |
      | -labels     | 1 |
      | -properties | 2 |

  Scenario: [9] A named graph is loaded from the graphs folder
    Given the tiny graph
    When executing query:
      """
      MATCH (r:Root)-[:CHILD]->(l) RETURN r.name AS r, l
      """
    Then the result should be, in any order:
      | r   | l                     |
      | 'r' | (:Leaf {name: 'l'})   |
    And no side effects
