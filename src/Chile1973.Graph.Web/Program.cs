using Chile1973.Graph.Web;
using Chile1973.Graph.Web.Apis;
using Chile1973.Graph.Web.Hubs;
using Chile1973.Graph.Web.Hubs.Limits;
using Chile1973.Graph.Web.Security;
using Microsoft.AspNetCore.Connections;

var builder = WebApplication.CreateBuilder(GraphHostOptions.For(args));

builder.AddGraphServices();

var app = builder.Build();

app.UseSecurityHeaders();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UsePageNonce();
app.UseDefaultFiles();
app.UseStaticFiles();
app.MapGraphApi();
app.UseHubLimits();
app.MapHub<GraphHub>(GraphHub.Path);

try
{
    await app.RunAsync();
}
catch (IOException exception) when (exception.InnerException is AddressInUseException)
{
    // One line that says what to do, and an exit code a script can test, instead of an unhandled exception's abort.
    await Console.Error.WriteLineAsync($"The explorer cannot start: {exception.Message} Stop what uses that address or give another with --urls.");
    return 2;
}

return 0;

/// <summary>The explorer's entry point; public so the tests can host it.</summary>
public partial class Program;
