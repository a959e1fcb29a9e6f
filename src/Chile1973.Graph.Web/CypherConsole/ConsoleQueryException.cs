using Microsoft.AspNetCore.SignalR;

namespace Chile1973.Graph.Web.CypherConsole;

/// <summary>A console query that was refused or failed; its message (with <c>line L, column C</c> when known) reaches the page.</summary>
public sealed class ConsoleQueryException(string message, Exception? innerException = null) : HubException(message, innerException);
