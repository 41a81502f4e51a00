namespace Bittensor.Cli.Localnet;

/// <summary>
/// SubtensorModule.TotalIssuance at the start and end of the run (rao), the sum of the per-block BlockEmission values
/// read at every block in between, and the TAO recycled (left circulation) in that window, measured without
/// TotalIssuance: see <see cref="IssuanceLedger"/>. The books balance when <c>End − Start == BlockEmissionTotal − Recycled</c>.
/// </summary>
public sealed record IssuanceReport(ulong Start, ulong End, ulong BlockEmissionTotal, ulong Recycled);
