using Bittensor.Runtime.Framework;

namespace Bittensor.Runtime.Pallets.Subtensor;

/// <summary>Genesis build: the root subnet and subtensor's TotalIssuance.</summary>
/// <remarks>opentensor/subtensor@14bc6f9 <c>pallets/subtensor/src/macros/genesis.rs</c> (root network at netuid 0, mechanism 0).</remarks>
public sealed partial class SubtensorModule
{
    /// <summary>
    /// Adds root (netuid 0, mechanism 0) and seeds <c>TotalIssuance</c> from the balances issuance. With
    /// <paramref name="dev"/> the global rate limits suit a local net as upstream's fast-runtime localnet has them (no network
    /// rate limit, no admin freeze window).
    /// </summary>
    public void BuildGenesis(DispatchContext context, bool dev)
    {
        ArgumentNullException.ThrowIfNull(context);
        var s = context.Storage;
        InitNewNetwork(context, RootNetUid, 0, 0);
        NetworkRegistrationAllowed.Insert(s, RootNetUid, false);
        SubnetEmissionEnabled.Insert(s, RootNetUid, false);

        // Root's subtoken is enabled from the start (upstream migrate_set_subtoken_enabled): staking to root needs it.
        SubtokenEnabled.Insert(s, RootNetUid, true);
        TotalIssuance.Put(s, _balances.TotalIssuance.Get(s));
        if (dev)
        {
            NetworkRateLimit.Put(s, 0);
            AdminFreezeWindow.Put(s, 0);
        }
    }
}
