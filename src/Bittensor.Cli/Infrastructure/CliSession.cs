using System.Text;
using Bittensor.Cli.Config;

namespace Bittensor.Cli.Infrastructure;

/// <summary>
/// One invocation's view of the console: human lines (silent under <c>--json-output</c> and <c>--quiet</c>), the one
/// JSON object, prompts (refused under <c>--no-prompt</c>), and the config file's defaults.
/// </summary>
public sealed class CliSession(CliContext context, bool json, bool quiet, bool verbose, bool noPrompt)
{
    private BtcliConfig? _config;

    public CliContext Context { get; } = context;

    public bool Json { get; } = json;

    public bool Quiet { get; } = quiet;

    public bool IsVerbose { get; } = verbose;

    public bool NoPrompt { get; } = noPrompt;

    public CliEnvironment Environment => Context.Environment;

    /// <summary>True when questions with a default may be asked (a terminal, and no <c>--no-prompt</c>).</summary>
    public bool CanAsk => !NoPrompt && Environment.IsInteractive;

    /// <summary>The config file (read once, on first use).</summary>
    public BtcliConfig Config => _config ??= BtcliConfig.Load(BtcliConfig.ResolvePath(Environment));

    /// <summary>A human-readable line (not printed with <c>--json-output</c> or <c>--quiet</c>).</summary>
    public void Info(string line)
    {
        if (!Json && !Quiet)
        {
            Context.Output.WriteLine(line);
        }
    }

    /// <summary>A line shown only with <c>--verbose</c> (on stderr, so it never mixes with results).</summary>
    public void Verbose(string line)
    {
        if (IsVerbose)
        {
            Context.Error.WriteLine(line);
        }
    }

    /// <summary>Writes the command's one JSON object.</summary>
    public void WriteJson(Action<System.Text.Json.Utf8JsonWriter> body) => Context.Output.WriteLine(JsonOut.Object(body));

    /// <summary>Asks a question with a default; without a terminal (or with <c>--no-prompt</c>) the default is taken.</summary>
    public string Ask(string question, string defaultValue)
    {
        if (!CanAsk)
        {
            return defaultValue;
        }

        Context.Error.Write($"{question} ({defaultValue}): ");
        string? answer = Environment.Input.ReadLine();
        return string.IsNullOrWhiteSpace(answer) ? defaultValue : answer.Trim();
    }

    /// <summary>
    /// Reads a secret: hidden from a terminal, else one line of standard input. Null when prompts are disabled or
    /// input is exhausted, so the caller reports which non-interactive source to use.
    /// </summary>
    public string? ReadSecret(string prompt)
    {
        if (NoPrompt)
        {
            return null;
        }

        Context.Error.Write(prompt);
        string? line = Environment.IsInteractive && ReferenceEquals(Environment.Input, Console.In) && !Console.IsInputRedirected
            ? ReadHiddenFromConsole()
            : Environment.Input.ReadLine();
        if (line is null)
        {
            Context.Error.WriteLine();
        }

        return line;
    }

    private string ReadHiddenFromConsole()
    {
        StringBuilder text = new();
        while (true)
        {
            ConsoleKeyInfo key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                Context.Error.WriteLine();
                return text.ToString();
            }

            if (key.Key == ConsoleKey.Backspace)
            {
                if (text.Length > 0)
                {
                    text.Length--;
                }
            }
            else if (!char.IsControl(key.KeyChar))
            {
                text.Append(key.KeyChar);
            }
        }
    }
}
