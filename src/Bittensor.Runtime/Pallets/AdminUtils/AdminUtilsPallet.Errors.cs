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
        SubnetDoesNotExist = DefineError(0, "SubnetDoesNotExist", " The subnet does not exist, check the netuid parameter");
        MaxValidatorsLargerThanMaxUIds = DefineError(1, "MaxValidatorsLargerThanMaxUIds", " The maximum number of subnet validators must be less than the maximum number of allowed UIDs in the subnet.");
        MaxAllowedUIdsLessThanCurrentUIds = DefineError(2, "MaxAllowedUIdsLessThanCurrentUIds", " The maximum number of subnet validators must be more than the current number of UIDs already in the subnet.");
        BondsMovingAverageMaxReached = DefineError(3, "BondsMovingAverageMaxReached", " The maximum value for bonds moving average is reached");
        NegativeSigmoidSteepness = DefineError(4, "NegativeSigmoidSteepness", " Only root can set negative sigmoid steepness values");
        ValueNotInBounds = DefineError(5, "ValueNotInBounds", " Value not in allowed bounds.");
        MinAllowedUidsGreaterThanCurrentUids = DefineError(6, "MinAllowedUidsGreaterThanCurrentUids", " The minimum allowed UIDs must be less than the current number of UIDs in the subnet.");
        MinAllowedUidsGreaterThanMaxAllowedUids = DefineError(7, "MinAllowedUidsGreaterThanMaxAllowedUids", " The minimum allowed UIDs must be less than the maximum allowed UIDs.");
        MaxAllowedUidsLessThanMinAllowedUids = DefineError(8, "MaxAllowedUidsLessThanMinAllowedUids", " The maximum allowed UIDs must be greater than the minimum allowed UIDs.");
        MaxAllowedUidsGreaterThanDefaultMaxAllowedUids = DefineError(9, "MaxAllowedUidsGreaterThanDefaultMaxAllowedUids", " The maximum allowed UIDs must be less than the default maximum allowed UIDs.");
        InvalidValue = DefineError(10, "InvalidValue", " Bad parameter value");
        NotPermittedOnRootSubnet = DefineError(11, "NotPermittedOnRootSubnet", " Operation is not permitted on the root network.");
        POWRegistrationDisabled = DefineError(12, "POWRegistrationDisabled", " POW Registration has been deprecated");
        Deprecated = DefineError(13, "Deprecated", " Call is deprecated");
    }
}
