using Spectre.Console;

namespace Chile1973.Graph.Importer;

/// <summary>
/// Where a command writes: plain lines (problems, JSON) go to <see cref="Out"/> unwrapped so they can
/// be piped and parsed; tables and progress bars go through <see cref="Console"/>.
/// </summary>
public sealed class CliContext(IAnsiConsole console, TextWriter output, TextWriter error)
{
    /// <summary>Tables, rules and progress bars.</summary>
    public IAnsiConsole Console { get; } = console;

    /// <summary>Plain standard output.</summary>
    public TextWriter Out { get; } = output;

    /// <summary>Plain standard error.</summary>
    public TextWriter Error { get; } = error;

    /// <summary>True when progress bars can be drawn (an interactive terminal).</summary>
    public bool ShowsProgress => Console.Profile.Capabilities.Interactive;

    /// <summary>The process's own console.</summary>
    public static CliContext System() => new(AnsiConsole.Console, global::System.Console.Out, global::System.Console.Error);

    /// <summary>A console that renders plain text into a writer, for tests and redirected output.</summary>
    public static CliContext ForWriter(TextWriter output, TextWriter error) => new(
        AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        }),
        output,
        error);
}
