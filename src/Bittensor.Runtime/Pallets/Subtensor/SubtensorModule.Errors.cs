using Bittensor.Runtime.Framework;

namespace Bittensor.Runtime.Pallets.Subtensor;

/// <summary>
/// Errors this slice returns, with upstream names and indices (declaration order of <c>Error&lt;T&gt;</c>; commented-out
/// variants take no index).
/// </summary>
/// <remarks>opentensor/subtensor <c>pallets/subtensor/src/macros/errors.rs</c>.</remarks>
public sealed partial class SubtensorModule
{
    public ErrorDescriptor InvalidIpType { get; private set; } = null!;

    public ErrorDescriptor InvalidIpAddress { get; private set; } = null!;

    public ErrorDescriptor InvalidPort { get; private set; } = null!;

    public ErrorDescriptor HotKeyNotRegisteredInSubNet { get; private set; } = null!;

    public ErrorDescriptor HotKeyAccountNotExists { get; private set; } = null!;

    public ErrorDescriptor HotKeyNotRegisteredInNetwork { get; private set; } = null!;

    public ErrorDescriptor NonAssociatedColdKey { get; private set; } = null!;

    public ErrorDescriptor NotEnoughStake { get; private set; } = null!;

    public ErrorDescriptor NotEnoughStakeToWithdraw { get; private set; } = null!;

    public ErrorDescriptor NotEnoughStakeToSetWeights { get; private set; } = null!;

    public ErrorDescriptor NotEnoughBalanceToStake { get; private set; } = null!;

    public ErrorDescriptor BalanceWithdrawalError { get; private set; } = null!;

    public ErrorDescriptor NeuronNoValidatorPermit { get; private set; } = null!;

    public ErrorDescriptor WeightVecNotEqualSize { get; private set; } = null!;

    public ErrorDescriptor DuplicateUids { get; private set; } = null!;

    public ErrorDescriptor UidVecContainInvalidOne { get; private set; } = null!;

    public ErrorDescriptor WeightVecLengthIsLow { get; private set; } = null!;

    public ErrorDescriptor HotKeyAlreadyRegisteredInSubNet { get; private set; } = null!;

    public ErrorDescriptor MaxWeightExceeded { get; private set; } = null!;

    public ErrorDescriptor SettingWeightsTooFast { get; private set; } = null!;

    public ErrorDescriptor IncorrectWeightVersionKey { get; private set; } = null!;

    public ErrorDescriptor ServingRateLimitExceeded { get; private set; } = null!;

    public ErrorDescriptor UidsLengthExceedUidsInSubNet { get; private set; } = null!;

    public ErrorDescriptor NetworkTxRateLimitExceeded { get; private set; } = null!;

    public ErrorDescriptor SubNetRegistrationDisabled { get; private set; } = null!;

    public ErrorDescriptor NotSubnetOwner { get; private set; } = null!;

    public ErrorDescriptor RegistrationNotPermittedOnRootSubnet { get; private set; } = null!;

    public ErrorDescriptor CanNotSetRootNetworkWeights { get; private set; } = null!;

    public ErrorDescriptor NoNeuronIdAvailable { get; private set; } = null!;

    public ErrorDescriptor CommitRevealEnabled { get; private set; } = null!;

    public ErrorDescriptor MechanismDoesNotExist { get; private set; } = null!;

    public ErrorDescriptor SubnetNotExists { get; private set; } = null!;

    public ErrorDescriptor AmountTooLow { get; private set; } = null!;

    public ErrorDescriptor InsufficientLiquidity { get; private set; } = null!;

    public ErrorDescriptor SlippageTooHigh { get; private set; } = null!;

    public ErrorDescriptor FirstEmissionBlockNumberAlreadySet { get; private set; } = null!;

    public ErrorDescriptor NeedWaitingMoreBlocksToStarCall { get; private set; } = null!;

    public ErrorDescriptor SubtokenDisabled { get; private set; } = null!;

    public ErrorDescriptor InsufficientBalance { get; private set; } = null!;

    public ErrorDescriptor SubnetLimitReached { get; private set; } = null!;

    public ErrorDescriptor CannotAffordLockCost { get; private set; } = null!;

    private void DefineErrors()
    {
        InvalidIpType = DefineError(1, "InvalidIpType");
        InvalidIpAddress = DefineError(2, "InvalidIpAddress");
        InvalidPort = DefineError(3, "InvalidPort");
        HotKeyNotRegisteredInSubNet = DefineError(4, "HotKeyNotRegisteredInSubNet");
        HotKeyAccountNotExists = DefineError(5, "HotKeyAccountNotExists");
        HotKeyNotRegisteredInNetwork = DefineError(6, "HotKeyNotRegisteredInNetwork");
        NonAssociatedColdKey = DefineError(7, "NonAssociatedColdKey");
        NotEnoughStake = DefineError(8, "NotEnoughStake");
        NotEnoughStakeToWithdraw = DefineError(9, "NotEnoughStakeToWithdraw");
        NotEnoughStakeToSetWeights = DefineError(10, "NotEnoughStakeToSetWeights");
        NotEnoughBalanceToStake = DefineError(12, "NotEnoughBalanceToStake");
        BalanceWithdrawalError = DefineError(13, "BalanceWithdrawalError");
        NeuronNoValidatorPermit = DefineError(15, "NeuronNoValidatorPermit");
        WeightVecNotEqualSize = DefineError(16, "WeightVecNotEqualSize");
        DuplicateUids = DefineError(17, "DuplicateUids");
        UidVecContainInvalidOne = DefineError(18, "UidVecContainInvalidOne");
        WeightVecLengthIsLow = DefineError(19, "WeightVecLengthIsLow");
        HotKeyAlreadyRegisteredInSubNet = DefineError(21, "HotKeyAlreadyRegisteredInSubNet");
        MaxWeightExceeded = DefineError(27, "MaxWeightExceeded");
        SettingWeightsTooFast = DefineError(29, "SettingWeightsTooFast");
        IncorrectWeightVersionKey = DefineError(30, "IncorrectWeightVersionKey");
        ServingRateLimitExceeded = DefineError(31, "ServingRateLimitExceeded");
        UidsLengthExceedUidsInSubNet = DefineError(32, "UidsLengthExceedUidsInSubNet");
        NetworkTxRateLimitExceeded = DefineError(33, "NetworkTxRateLimitExceeded");
        SubNetRegistrationDisabled = DefineError(37, "SubNetRegistrationDisabled");
        NotSubnetOwner = DefineError(41, "NotSubnetOwner");
        RegistrationNotPermittedOnRootSubnet = DefineError(42, "RegistrationNotPermittedOnRootSubnet");
        CanNotSetRootNetworkWeights = DefineError(47, "CanNotSetRootNetworkWeights");
        NoNeuronIdAvailable = DefineError(48, "NoNeuronIdAvailable");
        CommitRevealEnabled = DefineError(53, "CommitRevealEnabled");
        MechanismDoesNotExist = DefineError(74, "MechanismDoesNotExist");
        SubnetNotExists = DefineError(76, "SubnetNotExists");
        AmountTooLow = DefineError(82, "AmountTooLow");
        InsufficientLiquidity = DefineError(83, "InsufficientLiquidity");
        SlippageTooHigh = DefineError(84, "SlippageTooHigh");
        FirstEmissionBlockNumberAlreadySet = DefineError(88, "FirstEmissionBlockNumberAlreadySet");
        NeedWaitingMoreBlocksToStarCall = DefineError(89, "NeedWaitingMoreBlocksToStarCall");
        SubtokenDisabled = DefineError(94, "SubtokenDisabled");
        InsufficientBalance = DefineError(97, "InsufficientBalance");
        SubnetLimitReached = DefineError(115, "SubnetLimitReached");
        CannotAffordLockCost = DefineError(116, "CannotAffordLockCost");
    }
}
