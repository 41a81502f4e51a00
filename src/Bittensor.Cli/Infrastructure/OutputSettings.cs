using System.CommandLine;

namespace Bittensor.Cli.Infrastructure;

/// <summary>The output and interaction flags every wallet-style command takes, as one bundle.</summary>
public sealed class OutputSettings
{
    private readonly Option<bool> _json = CommonOptions.JsonOutput();
    private readonly Option<bool> _quiet = CommonOptions.Quiet();
    private readonly Option<bool> _verbose = CommonOptions.Verbose();
    private readonly Option<bool> _noPrompt = CommonOptions.NoPrompt();

    /// <summary>Adds the options to a command.</summary>
    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Options.Add(_json);
        command.Options.Add(_quiet);
        command.Options.Add(_verbose);
        command.Options.Add(_noPrompt);
    }

    /// <summary>Reads the flags of one invocation.</summary>
    public CliSession Bind(CliContext context, ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        bool quiet = parse.GetValue(_quiet);
        bool verbose = parse.GetValue(_verbose);
        if (quiet && verbose)
        {
            // btcli verbosity_handler: "Cannot specify both `--quiet` and `--verbose`".
            throw new CliException("Cannot specify both --quiet and --verbose");
        }

        return new CliSession(context, parse.GetValue(_json), quiet, verbose, parse.GetValue(_noPrompt));
    }
}
