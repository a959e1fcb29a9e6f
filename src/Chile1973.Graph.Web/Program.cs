using Chile1973.Graph.Web;
using Chile1973.Graph.Web.Apis;
using Chile1973.Graph.Web.Hubs;
using Chile1973.Graph.Web.Security;

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
app.MapHub<GraphHub>("/hubs/graph");

app.Run();

/// <summary>The explorer's entry point; public so the tests can host it.</summary>
public partial class Program;
