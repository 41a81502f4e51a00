using System.CommandLine;
using Bittensor.Cli.Infrastructure;
using Bittensor.Runtime.Simulation;

namespace Bittensor.Cli.Sim;

/// <summary>
/// <c>btcli sim</c>: offline simulation with the runtime's own code. <c>sim epoch FILE</c> replays a Yuma
/// scenario (<c>yuma-scenario-format.md</c>) through <see cref="ScenarioRunner"/>, i.e. the very epoch function
/// the chain runs, and prints each epoch as a table or as JSON Lines, optionally plotting the run.
/// </summary>
public static class SimCommand
{
    public static Command Create(CliContext context)
    {
        Command sim = new("sim", "Simulate subnet mechanics offline with the chain's own code.");
        sim.Subcommands.Add(Epoch(context));
        return sim;
    }

    private static Command Epoch(CliContext context)
    {
        Argument<string> file = new("FILE") { Description = "Scenario JSON file (yuma-scenario-format: hyperparameters, initial state, steps)." };
        Option<bool> json = new("--json-output", "--json-out")
        {
            Description = "Print one JSON object per epoch step (JSON Lines), with the field names of an expected file's epochs.",
        };
        Option<string> plot = new("--plot")
        {
            Description = "Also draw incentive, dividends and bonds per uid across epochs to OUT.svg or OUT.png.",
            HelpName = "OUT.svg|OUT.png",
        };
        Command command = new("epoch", "Replay a Yuma Consensus scenario epoch by epoch.") { file, json, plot };
        command.SetAction(parse =>
        {
            string path = parse.GetValue(file) ?? string.Empty;
            string? plotPath = parse.GetValue(plot);
            PlotFormat? format = plotPath is null ? null : EpochPlot.FormatOf(plotPath);
            Scenario scenario = ScenarioParser.Parse(ReadScenario(path));
            bool jsonOutput = parse.GetValue(json);
            List<ScenarioEpochResult> results = [];
            int index = 0;
            foreach (ScenarioEpochResult result in ScenarioRunner.Run(scenario))
            {
                if (jsonOutput)
                {
                    context.Output.WriteLine(EpochReport.JsonLine(result));
                }
                else
                {
                    EpochReport.WriteTable(context.Output, scenario, index, result);
                }

                results.Add(result);
                index++;
            }

            if (plotPath is not null && format is PlotFormat f)
            {
                EpochPlot.Write(plotPath, f, scenario, results);
                if (!jsonOutput)
                {
                    context.Output.WriteLine($"Plot written to {plotPath}");
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static byte[] ReadScenario(string path)
    {
        if (!File.Exists(path))
        {
            throw new CliException(Directory.Exists(path) ? $"{path}: is a directory, not a scenario file" : $"{path}: scenario file not found");
        }

        try
        {
            return File.ReadAllBytes(path);
        }
        catch (IOException ex)
        {
            throw new CliException($"{path}: cannot read the scenario file ({ex.Message})", ex);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new CliException($"{path}: cannot read the scenario file ({ex.Message})", ex);
        }
    }
}
