using Bittensor.Cli.Infrastructure;
using Bittensor.Cli.Sim;
using ScottPlot;

namespace Bittensor.Cli.Localnet;

/// <summary>
/// The run's chart: each miner's cumulative emission (α) over the blocks of the run, one line per miner, sampled
/// at every epoch, as SVG or PNG (ScottPlot, as <see cref="EpochPlot"/>). Display only: floating point is fine.
/// </summary>
public static class EmissionChart
{
    private const int Width = 900;
    private const int Height = 480;

    public static void Write(string path, ushort netuid, uint startBlock, IReadOnlyList<EpochSample> samples, IReadOnlyList<(ushort Uid, string Label)> miners)
    {
        ArgumentNullException.ThrowIfNull(samples);
        ArgumentNullException.ThrowIfNull(miners);
        PlotFormat format = EpochPlot.FormatOf(path);
        Plot plot = new();
        plot.Title($"subnet {netuid}: cumulative emission per miner");
        plot.XLabel("block");
        plot.YLabel("emission (α)");
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly = true };
        double[] xs = [startBlock, .. samples.Select(s => (double)s.Block)];
        foreach ((ushort uid, string label) in miners)
        {
            double sum = 0;
            List<double> ys = [0];
            foreach (EpochSample sample in samples)
            {
                sum += sample.Emission.GetValueOrDefault(uid) / 1e9;
                ys.Add(sum);
            }

            ScottPlot.Plottables.Scatter line = plot.Add.Scatter(xs, [.. ys]);
            line.LegendText = $"uid {uid} {label}";
        }

        plot.ShowLegend(Edge.Right);
        try
        {
            string? directory = Path.GetDirectoryName(Path.GetFullPath(path));
            if (directory is not null)
            {
                Directory.CreateDirectory(directory);
            }

            if (format == PlotFormat.Svg)
            {
                plot.SaveSvg(path, Width, Height);
            }
            else
            {
                plot.SavePng(path, Width, Height);
            }
        }
        catch (IOException ex)
        {
            throw new CliException($"--chart: cannot write {path} ({ex.Message})", ex);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new CliException($"--chart: cannot write {path} ({ex.Message})", ex);
        }
    }
}
