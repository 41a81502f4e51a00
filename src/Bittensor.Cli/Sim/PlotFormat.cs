namespace Bittensor.Cli.Sim;

/// <summary>Image formats <c>btcli sim epoch --plot</c> writes.</summary>
public enum PlotFormat
{
    Svg,
    Png,
}
