Feature: Crlf - windows line endings and tabs

  Scenario: [1] Tab-indented doc string
    Given any graph
    And there exists a procedure test.doNothing() :: ():
      |
    When executing query:
	"""
	MATCH (n) WHERE (n)-->()
	  RETURN n
	"""  
    Then a SyntaxError should be raised at compile time: UndefinedVariable   
