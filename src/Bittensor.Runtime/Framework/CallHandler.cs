namespace Bittensor.Runtime.Framework;

/// <summary>The body of a dispatchable call. Return <see cref="DispatchResult.Ok"/> or an error; the runtime rolls back the call's storage changes and events on error.</summary>
public delegate DispatchResult CallHandler(DispatchContext context, Origin origin, CallArgs args);
