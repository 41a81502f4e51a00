namespace Bittensor.Runtime.Api;

/// <summary>
/// A runtime API trait (<c>decl_runtime_apis!</c>): its name, the version <see cref="Framework.RuntimeVersion"/> advertises,
/// and its methods.
/// </summary>
public sealed record RuntimeApiDescriptor(string Name, uint Version, IReadOnlyList<RuntimeApiMethodDescriptor> Methods, IReadOnlyList<string> Docs);
