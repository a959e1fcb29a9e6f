#encoding: utf-8

@featureTag
Feature: Sample - a feature with a background and an outline

  Some free description text.

  Background:
    Given an empty graph
    And having executed:
      """
      CREATE (:A {name: 'a'})
      """

  Scenario: [1] Plain scenario
    When executing query:
      """
      MATCH (n)
        RETURN n
      """
    Then the result should be, in any order:
      | n                  |
      | (:A {name: 'a'}) |
    And no side effects

  @ignore @skipStyleCheck
  Scenario: [2] Ignored scenario
    When executing query:
      """
      RETURN 1
      """
    Then the result should be empty

  Scenario Outline: [3] Outline over <what>
    When executing query:
      """
      RETURN <expr> AS x
      """
    Then the result should be, in order:
      | x        |
      | <result> |
    And no side effects

    Examples:
      | what   | expr | result |
      | one    | 1    | 1      |
      | a pipe | '\|'  | '\|'    |
