Feature: Failing - every scenario expects something a correct engine does not do

  Scenario: [1] A float where the answer is an integer
    Given any graph
    When executing query:
      """
      RETURN 1 AS x
      """
    Then the result should be, in any order:
      | x   |
      | 1.0 |

  Scenario: [2] Rows in the wrong order
    Given any graph
    When executing query:
      """
      UNWIND [1, 2] AS x RETURN x
      """
    Then the result should be, in order:
      | x |
      | 2 |
      | 1 |

  Scenario: [3] A missing row
    Given any graph
    When executing query:
      """
      UNWIND [1, 1] AS x RETURN x
      """
    Then the result should be, in any order:
      | x |
      | 1 |

  Scenario: [4] A wrong column name
    Given any graph
    When executing query:
      """
      RETURN 1 AS x
      """
    Then the result should be, in any order:
      | y |
      | 1 |

  Scenario: [5] Side effects that did not happen
    Given an empty graph
    When executing query:
      """
      CREATE (:A)
      """
    Then the result should be empty
    And the side effects should be:
      | +nodes | 2 |

  Scenario: [6] An error that is not raised
    Given any graph
    When executing query:
      """
      RETURN 1 AS x
      """
    Then a TypeError should be raised at runtime: InvalidArgumentType

  Scenario: [7] An error with the wrong detail
    Given any graph
    When executing query:
      """
      RETURN x
      """
    Then a SyntaxError should be raised at compile time: VariableAlreadyBound

  Scenario: [8] Lists in the wrong order when order matters
    Given any graph
    When executing query:
      """
      RETURN [1, 2] AS l
      """
    Then the result should be, in any order:
      | l      |
      | [2, 1] |

  Scenario: [9] A result where an empty one is expected
    Given any graph
    When executing query:
      """
      RETURN 1 AS x
      """
    Then the result should be empty

  Scenario: [10] A setup query that fails
    Given an empty graph
    And having executed:
      """
      CREATE (a), (a)
      """
    When executing query:
      """
      RETURN 1 AS x
      """
    Then the result should be, in any order:
      | x |
      | 1 |

  Scenario: [11] A named graph that does not exist
    Given the missing graph
    When executing query:
      """
      RETURN 1 AS x
      """
    Then the result should be, in any order:
      | x |
      | 1 |
