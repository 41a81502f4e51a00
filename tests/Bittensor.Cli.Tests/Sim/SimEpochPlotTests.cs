namespace Bittensor.Cli.Tests.Sim;

/// <summary><c>--plot</c> writes a real SVG or PNG of incentive, dividends and bonds across epochs.</summary>
public class SimEpochPlotTests
{
    private static readonly byte[] PngMagic = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    [Fact]
    public void SimEpoch_PlotPng_WritesANonTrivialPng()
    {
        string file = SimVectors.TempFile("plot.png");
        BtcliRunner.Result r = BtcliRunner.Run("sim", "epoch", SimVectors.ScenarioPath("test_yuma_3_kappa_moves_first"), "--plot", file);
        Assert.Equal(0, r.ExitCode);
        byte[] png = File.ReadAllBytes(file);
        Assert.Equal(PngMagic, png.Take(8));
        Assert.True(png.Length > 20_000, $"only {png.Length} bytes");
        Assert.Contains($"Plot written to {file}", r.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void SimEpoch_PlotSvg_ContainsThreePanelsAndTheSeries()
    {
        string file = SimVectors.TempFile("plot.svg");
        BtcliRunner.Result r = BtcliRunner.Run("sim", "epoch", SimVectors.ScenarioPath("test_bonds"), "--json-output", "--plot", file);
        Assert.Equal(0, r.ExitCode);
        Assert.All(r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => Assert.StartsWith("{", l, StringComparison.Ordinal));
        string svg = File.ReadAllText(file);
        Assert.StartsWith("<?xml", svg, StringComparison.Ordinal);
        Assert.Contains("incentive per uid", svg, StringComparison.Ordinal);
        Assert.Contains("dividends per uid", svg, StringComparison.Ordinal);
        Assert.Contains("stored bonds", svg, StringComparison.Ordinal);
        Assert.Contains("uid 7", svg, StringComparison.Ordinal);
        Assert.Contains("bond 3→7", svg, StringComparison.Ordinal);
        Assert.True(svg.Split("<path").Length > 100, "too few drawn paths");
        System.Xml.Linq.XDocument.Parse(svg);
    }
}
