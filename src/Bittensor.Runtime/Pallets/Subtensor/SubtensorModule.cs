using Bittensor.Core.Primitives;
using Bittensor.Runtime.Framework;
using Bittensor.Runtime.Framework.Storage;
using Bittensor.Runtime.Swap;

namespace Bittensor.Runtime.Pallets.Subtensor;

/// <summary>
/// pallet_subtensor (index 7), first slice: subnets, registration, serving, weights, staking through the subnet pools, and
/// the per-block step (burn decay, block emission, coinbase, epochs, distribution, moving prices).
/// </summary>
/// <remarks>opentensor/subtensor@14bc6f9 <c>pallets/subtensor</c>.</remarks>
public sealed partial class SubtensorModule : Pallet
{
    public const byte PalletIndex = 7;

    /// <summary>The root subnet.</summary>
    public const ushort RootNetUid = 0;

    private readonly SystemPallet _system;
    private readonly BalancesPallet _balances;

    public SubtensorModule(SystemPallet system, BalancesPallet balances, SubnetDefaults? subnetDefaults = null)
        : base("SubtensorModule", PalletIndex, " Bittensor's subtensor pallet.")
    {
        _system = system ?? throw new ArgumentNullException(nameof(system));
        _balances = balances ?? throw new ArgumentNullException(nameof(balances));
        NewSubnetDefaults = subnetDefaults ?? SubnetDefaults.Upstream;
        DefineStorage();
        DefineHyperparameterStorage();
        DefineEvents();
        DefineErrors();
        DefineCalls();
    }

    public SubnetDefaults NewSubnetDefaults { get; }

    private void DefineCalls()
    {
        DefineWeightCalls();
        DefineStakingCalls();
        DefineStakeMoveCalls();
        DefineDelegateCalls();
        DefineCommitRevealCalls();
        DefineRootAndIdentityCalls();
        DefineServingCalls();
        DefineRegistrationCalls();
        DefineSwapHotkeyCalls();
    }

    /// <summary><c>check_passes_rate_limit</c>: <c>last == 0 || block − last ≥ limit</c>.</summary>
    internal static bool PassesRateLimit(ulong limit, ulong block, ulong last) => last == 0 || block - Math.Min(block, last) >= limit;

    /// <summary>The pool of a subnet as the swap code sees it.</summary>
    public SubnetPool GetPool(IStorage storage, ushort netuid) => new(
        SubnetMechanism.Get(storage, netuid),
        SubnetTAO.Get(storage, netuid),
        SubnetAlphaIn.Get(storage, netuid),
        SubnetAlphaOut.Get(storage, netuid),
        new Balancer(new Perquintill(SwapBalancer.Get(storage, netuid))),
        PalSwapInitialized.Get(storage, netuid),
        SwapEngine.DefaultFeeRate);

    public void PutPool(IStorage storage, ushort netuid, in SubnetPool pool)
    {
        SubnetTAO.Insert(storage, netuid, pool.SubnetTao);
        SubnetAlphaIn.Insert(storage, netuid, pool.AlphaIn);
        SubnetAlphaOut.Insert(storage, netuid, pool.AlphaOut);
        SwapBalancer.Insert(storage, netuid, pool.Balancer.Quote.Parts);
        PalSwapInitialized.Insert(storage, netuid, pool.SwapInitialized);
    }

    /// <summary>Takes TAO off a coldkey's free balance and out of the balances issuance (<c>remove_balance_from_coldkey_account</c>).</summary>
    internal DispatchError? WithdrawTao(DispatchContext context, in AccountId32 coldkey, ulong amount)
    {
        if (amount == 0)
        {
            return null;
        }

        if (_balances.DecreaseBalance(context, coldkey, amount, Precision.Exact, Preservation.Preserve, Fortitude.Polite, out ulong decreased) is { } error || decreased != amount)
        {
            return BalanceWithdrawalError;
        }

        _balances.BurnIssuance(context, amount);
        return null;
    }

    /// <summary>Credits TAO to a coldkey and the balances issuance (<c>add_balance_to_coldkey_account</c>); returns the amount credited.</summary>
    internal ulong DepositTao(DispatchContext context, in AccountId32 coldkey, ulong amount)
    {
        if (amount == 0)
        {
            return 0;
        }

        if (_balances.IncreaseBalance(context, coldkey, amount, Precision.BestEffort, out ulong increased) is not null)
        {
            return 0;
        }

        _balances.MintIssuance(context, increased);
        return increased;
    }

    /// <summary>Free balance that can be withdrawn keeping the account alive.</summary>
    internal bool CanWithdraw(DispatchContext context, in AccountId32 coldkey, ulong amount) =>
        _balances.ReducibleBalance(context, coldkey, Preservation.Preserve, Fortitude.Polite) >= amount;

    /// <summary>Lowers subtensor's TotalIssuance by TAO that left circulation (swap fees without an author, recycled emission).</summary>
    internal void BurnSubtensorIssuance(IStorage storage, ulong amount) =>
        TotalIssuance.Mutate(storage, v => v > amount ? v - amount : 0);

    internal static ulong SatAdd(ulong a, ulong b) => a > ulong.MaxValue - b ? ulong.MaxValue : a + b;

    internal static ulong SatSub(ulong a, ulong b) => a > b ? a - b : 0;
}
