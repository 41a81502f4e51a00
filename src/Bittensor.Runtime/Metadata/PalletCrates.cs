using System.Text;

namespace Bittensor.Runtime.Metadata;

/// <summary>
/// The Rust crate behind each pallet name of subtensor's <c>construct_runtime!</c> (runtime/src/lib.rs at 14bc6f9), which
/// scale-info puts in the path of the pallet's Call, Event and Error enums (<c>pallet_subtensor::pallet::Call</c>), and the
/// generic parameters those enums carry (an instantiable pallet such as Balances has <c>T</c> and <c>I</c>).
/// </summary>
internal static class PalletCrates
{
    private static readonly Dictionary<string, string> Crates = new(StringComparer.Ordinal)
    {
        ["System"] = "frame_system",
        ["RandomnessCollectiveFlip"] = "pallet_insecure_randomness_collective_flip",
        ["SubtensorModule"] = "pallet_subtensor",
        ["Swap"] = "pallet_subtensor_swap",
        ["MevShield"] = "pallet_shield",
        ["EVM"] = "pallet_evm",
        ["EVMChainId"] = "pallet_evm_chain_id",
    };

    private static readonly string[] DefaultCallDocs = ["Contains a variant per dispatchable extrinsic that this pallet has."];

    // The doc comments of the enums as each pallet writes them (FRAME's defaults unless the pallet documents its own).
    private static readonly Dictionary<string, string[]> CallDocs = new(StringComparer.Ordinal)
    {
        ["SubtensorModule"] =
        [
            "Dispatchable functions allow users to interact with the pallet and invoke state changes.",
            "These functions materialize as \"extrinsics\", which are often compared to transactions.",
            "Dispatchable functions must be annotated with a weight and must return a DispatchResult.",
        ],
        ["AdminUtils"] = ["Dispatchable functions allows users to interact with the pallet and invoke state changes."],
    };

    private static readonly Dictionary<string, string[]> EventDocs = new(StringComparer.Ordinal)
    {
        ["System"] = ["Event for the System pallet."],
        ["Scheduler"] = ["Events type."],
    };

    private static readonly Dictionary<string, string[]> ErrorDocs = new(StringComparer.Ordinal)
    {
        ["System"] = ["Error for the System pallet"],
        ["Sudo"] = ["Error for the Sudo pallet."],
    };

    private static readonly HashSet<string> Instantiable = new(StringComparer.Ordinal) { "Balances" };

    /// <summary>The crate name; by default <c>pallet_</c> plus the snake-cased pallet name (AdminUtils → pallet_admin_utils).</summary>
    public static string CrateOf(string pallet)
    {
        ArgumentNullException.ThrowIfNull(pallet);
        return Crates.TryGetValue(pallet, out string? crate) ? crate : "pallet_" + SnakeCase(pallet);
    }

    /// <summary>The generic parameter names of the pallet's enums: <c>T</c>, plus <c>I</c> for an instantiable pallet.</summary>
    public static string[] TypeParameterNames(string pallet) => Instantiable.Contains(pallet) ? ["T", "I"] : ["T"];

    public static IReadOnlyList<string> CallEnumDocs(string pallet) => CallDocs.GetValueOrDefault(pallet, DefaultCallDocs);

    public static IReadOnlyList<string> EventEnumDocs(string pallet) => EventDocs.GetValueOrDefault(pallet, ["The `Event` enum of this pallet"]);

    public static IReadOnlyList<string> ErrorEnumDocs(string pallet) => ErrorDocs.GetValueOrDefault(pallet, ["The `Error` enum of this pallet."]);

    private static string SnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            if (char.IsUpper(c))
            {
                if (i > 0 && !char.IsUpper(name[i - 1]))
                {
                    builder.Append('_');
                }

                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
