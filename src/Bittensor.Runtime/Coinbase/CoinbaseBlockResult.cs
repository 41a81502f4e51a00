namespace Bittensor.Runtime.Coinbase;

/// <summary>The outcome of emitting one block's TAO to the subnets.</summary>
/// <param name="Subnets">Per emitting subnet, in the order given.</param>
/// <param name="RootSellFlag">Whether root alpha accumulated (else it was recycled).</param>
/// <param name="RecycledTao">Credit left unspent: recycled, i.e. subtracted from <c>TotalIssuance</c>.</param>
public sealed record CoinbaseBlockResult(IReadOnlyList<SubnetCoinbaseResult> Subnets, bool RootSellFlag, ulong RecycledTao);
