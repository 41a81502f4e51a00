using Bittensor.Core.Metadata;
using Bittensor.Runtime.Metadata;

namespace Bittensor.Runtime.Tests.Metadata;

/// <summary>
/// Our metadata against finney's recording (spec 343) for everything both declare. Differences that are understood are
/// listed in <see cref="KnownDifferences"/> with the reason; any other difference fails the test with the full list.
/// </summary>
public class FinneyComparisonTests
{
    private static readonly NodeMetadata Metadata = NodeMetadata.For(NodeRuntime.Create());

    /// <summary>
    /// Known differences, by what differs. All have the same SCALE encoding except where noted; the pallet owners fix them
    /// in the pallet declarations (src/Bittensor.Runtime/Pallets), then the entry goes.
    /// </summary>
    private static readonly Dictionary<string, string> KnownDifferences = new(StringComparer.Ordinal)
    {
        ["System.LastRuntimeUpgrade value"] = "SystemTypes.LastRuntimeUpgradeInfo.spec_name should be KnownTypes.Cow(str)",
        ["System constant Version"] = "SystemTypes.RuntimeVersion lacks the Cow wrappers of KnownTypes.RuntimeVersion",
        ["System constant Version value"] = "by design: spec 425 and its API list (14bc6f9) against the recording's spec 343",
        ["Balances.Locks value"] = "missing bounded_collections WeakBoundedVec<T, S> wrapper and BalanceLock<Balance> parameter",
        ["Balances.Reserves value"] = "missing BoundedVec<T, S> wrapper and ReserveData<ReserveIdentifier, Balance> parameters",
        ["Balances.Holds value"] = "missing BoundedVec<T, S> wrapper and IdAmount<Id, Balance> parameters",
        ["Balances.Freezes value"] = "missing BoundedVec<T, S> wrapper and IdAmount<Id, Balance> parameters",
        ["SubtensorModule.TotalHotkeyShares value"] = "U64F64 is substrate_fixed::FixedU128<Frac> { bits: u128 } upstream",
        ["SubtensorModule.Alpha value"] = "U64F64 is substrate_fixed::FixedU128<Frac> { bits: u128 } upstream",
        ["SubtensorModule.SubnetMovingPrice value"] = "I96F32 is substrate_fixed::FixedI128<Frac> { bits: i128 } upstream (signed)",
        ["SubtensorModule.SubnetMovingAlpha value"] = "I96F32 is substrate_fixed::FixedI128<Frac> { bits: i128 } upstream (signed)",
        ["AdminUtils call sudo_set_subnet_moving_alpha field alpha"] = "I96F32 is substrate_fixed::FixedI128<Frac> { bits: i128 } upstream; declared as the raw i128 (same encoding)",
        ["SubnetInfoRuntimeApi_get_subnet_hyperparams output"] = "by design: activity_cutoff became Compact<u64> after spec 343 (14bc6f9 rpc_info/subnet_info.rs)",
        ["SubnetInfoRuntimeApi_get_subnet_hyperparams_v2 output"] = "by design: activity_cutoff became Compact<u64> after spec 343",
        ["SubnetInfoRuntimeApi_get_dynamic_info output"] = FixedFrac,
        ["SubnetInfoRuntimeApi_get_all_dynamic_info output"] = FixedFrac,
        ["SubnetInfoRuntimeApi_get_metagraph output"] = FixedFrac,
        ["SubnetInfoRuntimeApi_get_all_metagraphs output"] = FixedFrac,
        ["SubnetInfoRuntimeApi_get_mechagraph output"] = FixedFrac,
        ["SubnetInfoRuntimeApi_get_all_mechagraphs output"] = FixedFrac,
        ["SubnetInfoRuntimeApi_get_selective_metagraph output"] = FixedFrac,
        ["SubnetInfoRuntimeApi_get_selective_mechagraph output"] = FixedFrac,
        ["SwapRuntimeApi_sim_swap_tao_for_alpha output"] = "by design: SimSwapResult gained tao_slippage and alpha_slippage after spec 343 (14bc6f9 swap runtime-api)",
        ["SwapRuntimeApi_sim_swap_alpha_for_tao output"] = "by design: SimSwapResult gained tao_slippage and alpha_slippage after spec 343",
        ["SubtensorModule.LastRateLimitedBlock key"] = "by design: RateLimitKey's Hyperparameter enum gained variants (BurnHalfLife, BurnIncreaseMult, …) after spec 343 (14bc6f9)",
        ["SubtensorModule constant HotkeySwapOnSubnetInterval value"] = "by design: 24 * 60 * 60 / 12 = 7200 blocks at 14bc6f9 (runtime/src/lib.rs), 36000 at spec 343",
        ["AdminUtils event PrecompileUpdated field precompile_id"] = "by design: PrecompileEnum gained variants (AddressMapping, VotingPower, …) after spec 343 (14bc6f9)",
    };

    private const string FixedFrac = "moving_price's substrate_fixed::FixedI128 lacks its Frac type parameter (same encoding)";

    /// <summary>
    /// SubtensorModule errors and events were inserted between spec 343 (the recording) and 425 (14bc6f9), shifting indices; the
    /// pallet declares 14bc6f9's order (names must still match, which the comparison checks).
    /// </summary>
    private static bool IsSpecDrift(string what) =>
        (what.StartsWith("SubtensorModule error ", StringComparison.Ordinal) || what.StartsWith("SubtensorModule event ", StringComparison.Ordinal))
        && what.EndsWith(" index", StringComparison.Ordinal);

    [Fact]
    public void V14_EverythingFinneyAlsoDeclares_HasFinneysIndicesNamesAndShapes() => AssertOnlyKnownDifferences(Metadata.V14, FinneyFixture.V14);

    [Fact]
    public void V15_EverythingFinneyAlsoDeclares_HasFinneysIndicesNamesAndShapes() => AssertOnlyKnownDifferences(Metadata.V15, FinneyFixture.V15);

    [Fact]
    public void Comparison_ReportsAChangedIndexAndHasher()
    {
        Assert.Empty(FinneyComparison.Compare(FinneyFixture.V15, FinneyFixture.V15));
        RuntimeMetadataV15 changed = FinneyFixture.V15 with
        {
            Pallets = [.. FinneyFixture.V15.Pallets.Select(p => p.Name switch
            {
                "Balances" => p with { Index = 9 },
                "System" => p with { Storage = p.Storage! with { Entries = [.. p.Storage!.Entries.Select(e => e.Name == "Account" ? e with { Hashers = [Core.Hashing.StorageHasher.Twox64Concat] } : e)] } },
                _ => p,
            })],
        };
        Assert.Equal(["Balances index", "System.Account hashers"], FinneyComparison.Compare(changed, FinneyFixture.V15).Select(d => d.What).Order(StringComparer.Ordinal));
    }

    private static void AssertOnlyKnownDifferences(RuntimeMetadata ours, RuntimeMetadata finney)
    {
        var unexpected = FinneyComparison.Compare(ours, finney).Where(d => !KnownDifferences.ContainsKey(d.What) && !IsSpecDrift(d.What)).ToList();
        Assert.True(unexpected.Count == 0, $"{unexpected.Count} difference(s) from finney:\n" + string.Join("\n", unexpected));
    }
}
