namespace Bittensor.Node.Rpc.Methods;

/// <summary>
/// sp_core's <c>StorageChangeSet</c>: <c>{"block":"0x…","changes":[["0xkey","0xvalue"|null],…]}</c>, the result items of
/// <c>state_queryStorage(At)</c> and the <c>state_storage</c> notification.
/// </summary>
internal sealed record StorageChangeSetJson(string Block, IReadOnlyList<string?[]> Changes);
