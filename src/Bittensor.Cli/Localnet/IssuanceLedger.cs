using Bittensor.Core.Metadata;
using Bittensor.Core.Primitives;
using Bittensor.Sdk.Chain;

namespace Bittensor.Cli.Localnet;

/// <summary>
/// Keeps the TAO books of a run without trusting SubtensorModule.TotalIssuance: the emission is the sum of the
/// <c>BlockEmission</c> value each block stored (read at every block, not sampled), and what left circulation
/// (recycled) follows from where TAO can be held. Every TAO subtensor counts is either in an account
/// (<c>Balances.TotalIssuance</c>: transfers and fees move it between accounts, fees going to the block author) or in a
/// subnet's pool (<c>SubtensorModule.SubnetTAO</c>: locks, stakes, registration burns and block injections put it
/// there). So <c>recycled = Σ BlockEmission − Δ(Balances.TotalIssuance + Σ SubnetTAO)</c>: emission never injected
/// (no subnet to emit to, the unspent credit of run_coinbase.rs), the recycled part of the lock (network
/// registration), swap fees with no block author (stake_utils.rs), and anything else that destroyed TAO.
/// TotalIssuance is only read at both ends: <c>end − start == block_emission_total − recycled</c> holds exactly when
/// every mint and burn of the runtime updated TotalIssuance and the holdings alike.
/// </summary>
public sealed class IssuanceLedger
{
    private readonly SubtensorClient _client;
    private readonly LocalnetChain _chain;
    private ulong _emission;

    private IssuanceLedger(SubtensorClient client, uint startBlock, ulong startIssuance, UInt128 startHoldings)
    {
        _client = client;
        _chain = new LocalnetChain(client);
        StartBlock = startBlock;
        LastBlock = startBlock;
        StartIssuance = startIssuance;
        StartHoldings = startHoldings;
    }

    public uint StartBlock { get; }

    /// <summary>The last block whose BlockEmission is in the sum.</summary>
    public uint LastBlock { get; private set; }

    public ulong StartIssuance { get; }

    public UInt128 StartHoldings { get; }

    /// <summary>The emission summed so far (blocks after <see cref="StartBlock"/> up to <see cref="LastBlock"/>).</summary>
    public ulong EmissionSoFar => _emission;

    /// <summary>Opens the books at <paramref name="block"/> (normally the head before the setup's first extrinsic).</summary>
    public static async Task<IssuanceLedger> OpenAsync(SubtensorClient client, uint block, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        H256 hash = await client.GetBlockHashAsync(block, cancellationToken).ConfigureAwait(false);
        LocalnetChain chain = new(client);
        ulong issuance = await chain.ReadU64Async("TotalIssuance", null, hash, cancellationToken).ConfigureAwait(false);
        UInt128 holdings = await HoldingsAsync(client, hash, cancellationToken).ConfigureAwait(false);
        return new IssuanceLedger(client, block, issuance, holdings);
    }

    /// <summary>Adds the BlockEmission of every block after <see cref="LastBlock"/> up to <paramref name="block"/>.</summary>
    public async Task CatchUpAsync(uint block, CancellationToken cancellationToken)
    {
        while (LastBlock < block)
        {
            uint next = LastBlock + 1;
            H256 hash = await _client.GetBlockHashAsync(next, cancellationToken).ConfigureAwait(false);
            ulong emitted = await _chain.ReadU64Async("BlockEmission", null, hash, cancellationToken).ConfigureAwait(false);
            _emission = checked(_emission + emitted);
            LastBlock = next;
        }
    }

    /// <summary>Closes the books at <paramref name="block"/>.</summary>
    public async Task<IssuanceReport> CloseAsync(uint block, CancellationToken cancellationToken)
    {
        await CatchUpAsync(block, cancellationToken).ConfigureAwait(false);
        H256 hash = await _client.GetBlockHashAsync(block, cancellationToken).ConfigureAwait(false);
        ulong issuance = await _chain.ReadU64Async("TotalIssuance", null, hash, cancellationToken).ConfigureAwait(false);
        UInt128 holdings = await HoldingsAsync(_client, hash, cancellationToken).ConfigureAwait(false);
        return Report(StartIssuance, issuance, _emission, StartHoldings, holdings);
    }

    /// <summary>
    /// The report from the raw readings: recycled is the emission minus the growth of the holdings (a shrink of the
    /// holdings beyond the emission is recycled too). Throws when holdings grew by more than was emitted: TAO appeared
    /// from nowhere, which no report can express.
    /// </summary>
    public static IssuanceReport Report(ulong startIssuance, ulong endIssuance, ulong emission, UInt128 startHoldings, UInt128 endHoldings)
    {
        UInt128 limit = startHoldings + emission;
        if (endHoldings > limit)
        {
            throw new InvalidOperationException($"TAO held grew by {endHoldings - startHoldings} rao, more than the {emission} rao emitted");
        }

        return new IssuanceReport(startIssuance, endIssuance, emission, checked((ulong)(limit - endHoldings)));
    }

    /// <summary>Balances.TotalIssuance + Σ SubnetTAO at <paramref name="at"/>.</summary>
    private static async Task<UInt128> HoldingsAsync(SubtensorClient client, H256 at, CancellationToken cancellationToken)
    {
        ScaleValue? balances = await client.QueryStorageAsync("Balances", "TotalIssuance", null, at, cancellationToken).ConfigureAwait(false);
        UInt128 total = balances?.ToUInt64() ?? 0;
        foreach ((IReadOnlyList<ScaleValue?> _, ScaleValue value) in await client.QueryMapAsync("SubtensorModule", "SubnetTAO", null, at, 100, cancellationToken).ConfigureAwait(false))
        {
            total += value.ToUInt64();
        }

        return total;
    }
}
