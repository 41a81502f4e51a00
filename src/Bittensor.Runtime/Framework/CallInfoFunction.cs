namespace Bittensor.Runtime.Framework;

/// <summary>The <c>#[pallet::weight]</c> of a call: its declared weight, class and pays-fee, computed from the arguments.</summary>
public delegate DispatchInfo CallInfoFunction(CallArgs args);
