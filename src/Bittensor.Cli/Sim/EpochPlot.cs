using System.Globalization;
using System.Text;
using Bittensor.Cli.Infrastructure;
using Bittensor.Runtime.Epoch;
using Bittensor.Runtime.Simulation;
using ScottPlot;

namespace Bittensor.Cli.Sim;

/// <summary>
/// <c>--plot</c>: three stacked panels across the scenario's epochs (x = block): incentive per uid, dividends per uid,
/// and the stored bonds per validator → miner pair (per validator row sum when there are too many pairs), as
/// fractions of 65535. Rendered with ScottPlot to SVG or PNG. Display only: floating point is fine here.
/// </summary>
public static class EpochPlot
{
    private const int Width = 900;
    private const int PanelHeight = 320;
    private const int MaxBondSeries = 24;

    /// <summary>The image format for <paramref name="path"/>'s extension.</summary>
    public static PlotFormat FormatOf(string path)
    {
        string extension = Path.GetExtension(path);
        if (string.Equals(extension, ".svg", StringComparison.OrdinalIgnoreCase))
        {
            return PlotFormat.Svg;
        }

        if (string.Equals(extension, ".png", StringComparison.OrdinalIgnoreCase))
        {
            return PlotFormat.Png;
        }

        throw new CliException($"--plot: {path}: the file name must end in .svg or .png");
    }

    /// <summary>Draws the results and writes the image.</summary>
    public static void Write(string path, PlotFormat format, Scenario scenario, IReadOnlyList<ScenarioEpochResult> results)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(results);
        Plot[] panels = Build(scenario, results);
        try
        {
            if (format == PlotFormat.Svg)
            {
                File.WriteAllText(path, ComposeSvg(panels), new UTF8Encoding(false));
            }
            else
            {
                Multiplot multiplot = new(panels[0]);
                for (int i = 1; i < panels.Length; i++)
                {
                    multiplot.AddPlot(panels[i]);
                }

                multiplot.SavePng(path, Width, PanelHeight * panels.Length);
            }
        }
        catch (IOException ex)
        {
            throw new CliException($"--plot: cannot write {path} ({ex.Message})", ex);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new CliException($"--plot: cannot write {path} ({ex.Message})", ex);
        }
    }

    private static Plot[] Build(Scenario scenario, IReadOnlyList<ScenarioEpochResult> results)
    {
        int n = scenario.Initial.N;
        double[] xs = [.. results.Select(r => (double)r.Block)];
        Plot incentive = Panel($"{scenario.Name}: incentive per uid", "incentive");
        Plot dividends = Panel("dividends per uid", "dividends");
        Plot bonds = Panel("stored bonds (u16 / 65535)", "bond");
        for (int uid = 0; uid < n; uid++)
        {
            int u = uid;
            AddSeries(incentive, xs, [.. results.Select(r => r.Output.Incentive[u] / 65535.0)], $"uid {u}");
            AddSeries(dividends, xs, [.. results.Select(r => r.Output.Dividends[u] / 65535.0)], $"uid {u}");
        }

        List<(int Row, int Col)> pairs = [.. results
            .SelectMany(r => r.Output.Bonds.SelectMany((row, i) => row.Where(e => e.Value != 0).Select(e => (i, (int)e.Uid))))
            .Distinct()
            .Order()];
        if (pairs.Count <= MaxBondSeries)
        {
            foreach ((int row, int col) in pairs)
            {
                AddSeries(bonds, xs, [.. results.Select(r => BondValue(r.Output.Bonds[row], col) / 65535.0)], $"bond {row}→{col}");
            }
        }
        else
        {
            for (int uid = 0; uid < n; uid++)
            {
                int u = uid;
                AddSeries(bonds, xs, [.. results.Select(r => r.Output.Bonds[u].Sum(e => (double)e.Value) / 65535.0)], $"uid {u} (row sum)");
            }
        }

        Plot[] panels = [incentive, dividends, bonds];
        foreach (Plot panel in panels.Where(p => p.GetPlottables().Any()))
        {
            panel.ShowLegend(Edge.Right);
        }

        return panels;
    }

    private static Plot Panel(string title, string yLabel)
    {
        Plot plot = new();
        plot.Title(title);
        plot.XLabel("block");
        plot.YLabel(yLabel);
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly = true };
        return plot;
    }

    private static void AddSeries(Plot plot, double[] xs, double[] ys, string label)
    {
        if (ys.All(y => y == 0))
        {
            return;
        }

        ScottPlot.Plottables.Scatter scatter = plot.Add.Scatter(xs, ys);
        scatter.LegendText = label;
    }

    private static ushort BondValue(SparseEntry[] row, int col)
    {
        foreach (SparseEntry e in row)
        {
            if (e.Uid == col)
            {
                return e.Value;
            }
        }

        return 0;
    }

    /// <summary>Stacks the panels' SVG documents in one SVG (each nested, shifted down by one panel height).</summary>
    private static string ComposeSvg(Plot[] panels)
    {
        StringBuilder svg = new();
        svg.Append(CultureInfo.InvariantCulture, $"<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"{Width}\" height=\"{PanelHeight * panels.Length}\">\n");
        for (int i = 0; i < panels.Length; i++)
        {
            string inner = panels[i].GetSvgXml(Width, PanelHeight);
            int start = inner.IndexOf("<svg", StringComparison.Ordinal);
            svg.Append(CultureInfo.InvariantCulture, $"<g transform=\"translate(0,{i * PanelHeight})\">\n");
            svg.Append(start >= 0 ? inner[start..] : inner);
            svg.Append("\n</g>\n");
        }

        svg.Append("</svg>\n");
        return svg.ToString();
    }
}
