using Chile1973.Graph.Core.Querying;
using Chile1973.Graph.Neo4j.Errors;
using Chile1973.Graph.Neo4j.Http;
using Chile1973.Graph.Neo4j.Resilience;
using Chile1973.Graph.Neo4j.Tests.Support;
using Xunit;

namespace Chile1973.Graph.Neo4j.Tests.Errors;

public sealed class Neo4jErrorMapperTests
{
    [Fact]
    public void Syntax_error_keeps_its_position_and_drops_the_echoed_query()
    {
        var error = Assert.Single(QueryApiResponse.Parse(TestFiles.Bytes("error-syntax.json")).Errors);

        var exception = Neo4jErrorMapper.ToCypherException(error);

        Assert.Equal(CypherErrorKind.SyntaxError, exception.Kind);
        Assert.Equal(CypherErrorPhase.CompileTime, exception.Phase);
        Assert.Equal("SyntaxError", exception.Detail);
        Assert.Equal("Neo.ClientError.Statement.SyntaxError", exception.StatusCode);
        Assert.Equal(new SourcePosition(0, 1, 1), exception.Position);
        Assert.Equal("Invalid input 'T': expected <init> (line 1, column 1 (offset: 0))", exception.Message);
    }

    [Fact]
    public void Position_later_in_a_multi_line_query_is_parsed()
    {
        var (message, position) = Neo4jErrorMapper.SplitPosition(
            "Variable `x` not defined (line 3, column 14 (offset: 57))\n\"RETURN x\"\n       ^");

        Assert.Equal("Variable `x` not defined", message);
        Assert.Equal(new SourcePosition(57, 3, 14), position);
    }

    [Theory]
    [InlineData("error-no-auth-header.json", CypherErrorKind.Unavailable, "Unauthorized")]
    [InlineData("error-bad-credentials.json", CypherErrorKind.Unavailable, "Unauthorized")]
    [InlineData("error-invalid-auth-header.json", CypherErrorKind.ArgumentError, "InvalidFormat")]
    [InlineData("error-tx-not-found.json", CypherErrorKind.ArgumentError, "Invalid")]
    public void Documented_error_bodies_map_to_a_kind_and_detail(string file, CypherErrorKind kind, string detail)
    {
        var error = Assert.Single(QueryApiResponse.Parse(TestFiles.Bytes(file)).Errors);

        var exception = Neo4jErrorMapper.ToCypherException(error);

        Assert.Equal(kind, exception.Kind);
        Assert.Equal(detail, exception.Detail);
        Assert.Equal(error.Code, exception.StatusCode);
        Assert.Equal(error.Message, exception.Message);
    }

    [Theory]
    [InlineData("Neo.ClientError.Statement.SemanticError", CypherErrorKind.SemanticError)]
    [InlineData("Neo.ClientError.Statement.ParameterMissing", CypherErrorKind.ParameterMissing)]
    [InlineData("Neo.ClientError.Statement.TypeError", CypherErrorKind.TypeError)]
    [InlineData("Neo.ClientError.Statement.ArgumentError", CypherErrorKind.ArgumentError)]
    [InlineData("Neo.ClientError.Statement.ArithmeticError", CypherErrorKind.ArgumentError)]
    [InlineData("Neo.ClientError.Statement.EntityNotFound", CypherErrorKind.EntityNotFound)]
    [InlineData("Neo.ClientError.Statement.AccessMode", CypherErrorKind.AccessModeViolation)]
    [InlineData("Neo.ClientError.Schema.ConstraintValidationFailed", CypherErrorKind.ConstraintVerificationFailed)]
    [InlineData("Neo.ClientError.Procedure.ProcedureNotFound", CypherErrorKind.ProcedureError)]
    [InlineData("Neo.ClientError.Database.DatabaseNotFound", CypherErrorKind.Unavailable)]
    [InlineData("Neo.ClientError.Transaction.TransactionTimedOut", CypherErrorKind.LimitExceeded)]
    [InlineData("Neo.TransientError.General.DatabaseUnavailable", CypherErrorKind.Transient)]
    [InlineData("Neo.TransientError.Transaction.DeadlockDetected", CypherErrorKind.Transient)]
    [InlineData("Neo.DatabaseError.General.UnknownError", CypherErrorKind.DatabaseError)]
    public void Status_codes_map_to_the_port_error_kinds(string code, CypherErrorKind kind)
    {
        Assert.Equal(kind, Neo4jErrorMapper.ToCypherException(new Neo4jError(code, "m")).Kind);
    }

    [Theory]
    [InlineData("Neo.TransientError.General.DatabaseUnavailable", true)]
    [InlineData("Neo.TransientError.Transaction.DeadlockDetected", true)]
    [InlineData("Neo.TransientError.Transaction.LeaderSwitch", true)]
    [InlineData("Neo.ClientError.Cluster.NotALeader", true)]
    [InlineData("Neo.ClientError.General.ForbiddenOnReadOnlyDatabase", true)]
    [InlineData("Neo.ClientError.Security.AuthorizationExpired", true)]
    [InlineData("Neo.TransientError.Transaction.Terminated", false)]
    [InlineData("Neo.ClientError.Statement.SyntaxError", false)]
    [InlineData("Neo.ClientError.Security.Unauthorized", false)]
    [InlineData("Neo.ClientError.Schema.ConstraintValidationFailed", false)]
    [InlineData("Neo.DatabaseError.General.UnknownError", false)]
    public void Only_transient_and_leader_switch_codes_are_retried(string code, bool retried)
    {
        Assert.Equal(retried, TransientFailures.IsRetriableCode(code));
    }
}
