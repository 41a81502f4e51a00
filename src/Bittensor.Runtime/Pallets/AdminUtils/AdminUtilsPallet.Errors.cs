using Bittensor.Runtime.Framework;

namespace Bittensor.Runtime.Pallets.AdminUtils;

/// <summary>AdminUtils errors in declaration order (= index).</summary>
/// <remarks>opentensor/subtensor@14bc6f9 <c>pallets/admin-utils/src/lib.rs::Error</c>.</remarks>
public sealed partial class AdminUtilsPallet
{
    public ErrorDescriptor SubnetDoesNotExist { get; private set; } = null!;

    public ErrorDescriptor MaxValidatorsLargerThanMaxUIds { get; private set; } = null!;

    public ErrorDescriptor MaxAllowedUIdsLessThanCurrentUIds { get; private set; } = null!;

    public ErrorDescriptor BondsMovingAverageMaxReached { get; private set; } = null!;

    public ErrorDescriptor NegativeSigmoidSteepness { get; private set; } = null!;

    public ErrorDescriptor ValueNotInBounds { get; private set; } = null!;

    public ErrorDescriptor MinAllowedUidsGreaterThanCurrentUids { get; private set; } = null!;

    public ErrorDescriptor MinAllowedUidsGreaterThanMaxAllowedUids { get; private set; } = null!;

    public ErrorDescriptor MaxAllowedUidsLessThanMinAllowedUids { get; private set; } = null!;

    public ErrorDescriptor MaxAllowedUidsGreaterThanDefaultMaxAllowedUids { get; private set; } = null!;

    public ErrorDescriptor InvalidValue { get; private set; } = null!;

    public ErrorDescriptor NotPermittedOnRootSubnet { get; private set; } = null!;

    public ErrorDescriptor POWRegistrationDisabled { get; private set; } = null!;

    public ErrorDescriptor Deprecated { get; private set; } = null!;

    private void DefineErrors()
    {
        SubnetDoesNotExist = DefineError(0, "SubnetDoesNotExist");
        MaxValidatorsLargerThanMaxUIds = DefineError(1, "MaxValidatorsLargerThanMaxUIds");
        MaxAllowedUIdsLessThanCurrentUIds = DefineError(2, "MaxAllowedUIdsLessThanCurrentUIds");
        BondsMovingAverageMaxReached = DefineError(3, "BondsMovingAverageMaxReached");
        NegativeSigmoidSteepness = DefineError(4, "NegativeSigmoidSteepness");
        ValueNotInBounds = DefineError(5, "ValueNotInBounds");
        MinAllowedUidsGreaterThanCurrentUids = DefineError(6, "MinAllowedUidsGreaterThanCurrentUids");
        MinAllowedUidsGreaterThanMaxAllowedUids = DefineError(7, "MinAllowedUidsGreaterThanMaxAllowedUids");
        MaxAllowedUidsLessThanMinAllowedUids = DefineError(8, "MaxAllowedUidsLessThanMinAllowedUids");
        MaxAllowedUidsGreaterThanDefaultMaxAllowedUids = DefineError(9, "MaxAllowedUidsGreaterThanDefaultMaxAllowedUids");
        InvalidValue = DefineError(10, "InvalidValue");
        NotPermittedOnRootSubnet = DefineError(11, "NotPermittedOnRootSubnet");
        POWRegistrationDisabled = DefineError(12, "POWRegistrationDisabled");
        Deprecated = DefineError(13, "Deprecated");
    }
}
