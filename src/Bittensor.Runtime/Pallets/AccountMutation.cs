using Bittensor.Core.Chain;
using Bittensor.Runtime.Framework;

namespace Bittensor.Runtime.Pallets;

/// <summary>A change to an account's balance data; <paramref name="isNew"/> is true when the account had no data. Return an error to abort.</summary>
public delegate DispatchError? AccountMutation(ref AccountData account, bool isNew);
