using Bittensor.Cli.Infrastructure;
using Bittensor.Core.Metadata;
using Bittensor.Sdk.Chain;
using Bittensor.Sdk.Chain.Extrinsics;

namespace Bittensor.Cli.Chain;

/// <summary>Sudo.sudo succeeds as an extrinsic even when the inner call fails; its Sudid event carries the real result.</summary>
internal static class SudoResult
{
    /// <summary>Throws one clear line naming <paramref name="what"/> and the inner dispatch error when Sudid reports Err.</summary>
    public static void Require(ChainMetadata metadata, ExtrinsicReceipt receipt, string what)
    {
        ArgumentNullException.ThrowIfNull(receipt);
        foreach (ScaleValue ev in receipt.Events)
        {
            if (ev is VariantValue { Name: "Sudo" } pallet && pallet.Single is VariantValue { Name: "Sudid" } sudid
                && sudid["sudo_result"] is VariantValue { Name: "Err" } err)
            {
                throw new CliException($"{what} failed: {SubtensorClient.DispatchError(metadata, err.Single).Message}");
            }
        }
    }
}
