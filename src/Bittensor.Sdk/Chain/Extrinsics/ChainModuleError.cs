namespace Bittensor.Sdk.Chain.Extrinsics;

/// <summary>A dispatch error of an included extrinsic, resolved against the metadata (e.g. SubtensorModule.HotKeyNotRegisteredInNetwork).</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1710:Identifiers should have correct suffix", Justification = "The SDK surface names it ChainModuleError, after the on-chain DispatchError::Module it carries.")]
public sealed class ChainModuleError : Exception
{
    public ChainModuleError()
        : this("DispatchError", "Unknown", [])
    {
    }

    public ChainModuleError(string message)
        : this("DispatchError", message, [])
    {
    }

    public ChainModuleError(string message, Exception innerException)
        : base(message, innerException)
    {
        Pallet = "DispatchError";
        Name = message;
        Docs = [];
    }

    public ChainModuleError(string pallet, string name, IReadOnlyList<string> docs)
        : base($"{pallet}.{name}{(docs.Count == 0 ? string.Empty : ": " + string.Join(" ", docs))}")
    {
        Pallet = pallet;
        Name = name;
        Docs = docs;
    }

    /// <summary>The pallet name, or "DispatchError" for a non-module error (BadOrigin, Token, Arithmetic…).</summary>
    public string Pallet { get; }

    public string Name { get; }

    public IReadOnlyList<string> Docs { get; }
}
