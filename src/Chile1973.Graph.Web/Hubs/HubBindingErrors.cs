using System.Buffers;
using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Runtime.ExceptionServices;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;

namespace Chile1973.Graph.Web.Hubs;

/// <summary>
/// The hub protocol with binding errors a client can act on. When a call's arguments cannot be read as the method's
/// parameters (too few or too many, a number where text belongs), SignalR answers only "Failed to invoke 'X' due to
/// an error on the server." unless the failure is a <see cref="HubException"/>: this wrapper turns it into one that
/// names the method's parameters and what was wrong, such as <c>StreamChain(string nodeId, ChainRequest request)
/// takes 2 argument(s); the call sent 1.</c> Everything else is the wrapped protocol's.
/// </summary>
internal sealed partial class HubBindingErrors(IHubProtocol inner, Type hub) : IHubProtocol
{
    // What each hub method takes, as a reader of the hub contract writes it; cancellation tokens are not sent.
    private readonly FrozenDictionary<string, string> signatures = hub
        .GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
        .Where(m => !m.IsSpecialName)
        .GroupBy(m => m.Name, StringComparer.Ordinal)
        .ToFrozenDictionary(g => g.Key, g => Signature(g.First()), StringComparer.Ordinal);

    public string Name => inner.Name;

    public int Version => inner.Version;

    public TransferFormat TransferFormat => inner.TransferFormat;

    public bool IsVersionSupported(int version) => inner.IsVersionSupported(version);

    public ReadOnlyMemory<byte> GetMessageBytes(HubMessage message) => inner.GetMessageBytes(message);

    public void WriteMessage(HubMessage message, IBufferWriter<byte> output) => inner.WriteMessage(message, output);

    public bool TryParseMessage(ref ReadOnlySequence<byte> input, IInvocationBinder binder, [NotNullWhen(true)] out HubMessage? message)
    {
        if (!inner.TryParseMessage(ref input, binder, out message))
        {
            return false;
        }

        if (message is InvocationBindingFailureMessage failure && failure.BindingFailure.SourceException is not HubException)
        {
            message = new InvocationBindingFailureMessage(
                failure.InvocationId, failure.Target, ExceptionDispatchInfo.Capture(new HubException(Explain(failure.Target, failure.BindingFailure.SourceException))));
        }

        return true;
    }

    private string Explain(string target, Exception failure)
    {
        var signature = signatures.GetValueOrDefault(target) ?? target;
        if (ArgumentCount().Match(failure.Message) is { Success: true } count)
        {
            return $"{signature} takes {count.Groups["expected"].Value} argument(s); the call sent {count.Groups["sent"].Value}.";
        }

        // The innermost reason is the serializer's ("The JSON value could not be converted to System.Int32."),
        // without its position in the message, which says nothing to the caller, and types without namespaces.
        var reason = failure;
        while (reason.InnerException is { } deeper)
        {
            reason = deeper;
        }

        var text = reason.Message;
        var path = text.IndexOf(" Path:", StringComparison.Ordinal);
        return $"{signature} cannot take the arguments sent: {Namespace().Replace(path > 0 ? text[..path] : text, "")}";
    }

    private static string Signature(MethodInfo method) =>
        $"{method.Name}({string.Join(", ", method.GetParameters().Where(p => p.ParameterType != typeof(CancellationToken)).Select(p => $"{TypeName(p.ParameterType)} {p.Name}"))})";

    private static string TypeName(Type type) => type switch
    {
        _ when type == typeof(string) => "string",
        _ when type == typeof(int) => "int",
        _ when type == typeof(bool) => "bool",
        { IsArray: true } => TypeName(type.GetElementType()!) + "[]",
        { IsGenericType: true } when type.GetGenericTypeDefinition() == typeof(Nullable<>) => TypeName(type.GetGenericArguments()[0]) + "?",
        { IsGenericType: true } when type.GetGenericTypeDefinition() == typeof(Dictionary<,>) => "object",
        _ => type.Name,
    };

    [GeneratedRegex(@"provides (?<sent>\d+) argument\(s\) but target expects (?<expected>\d+)")]
    private static partial Regex ArgumentCount();

    // "System." of System.Int32, "Chile1973.Graph.Web.Lenses.Chain." of ...ChainRequest.
    [GeneratedRegex(@"\b(?:[A-Z][A-Za-z0-9_]*\.)+(?=[A-Z])")]
    private static partial Regex Namespace();
}
