using Bittensor.Runtime.Framework.Types;

namespace Bittensor.Runtime.Framework;

/// <summary>
/// A dispatchable call: index and name (the metadata Call variant), typed parameters with their Rust type names, docs, the
/// weight function and the handler. <see cref="Create"/> builds a <see cref="RuntimeCall"/> to encode or dispatch.
/// </summary>
public sealed class CallDescriptor
{
    internal CallDescriptor(Pallet pallet, byte index, string name, IReadOnlyList<FieldDef> parameters, CallHandler handler, CallInfoFunction info, IReadOnlyList<string> docs)
    {
        Pallet = pallet;
        Index = index;
        Name = name;
        Parameters = parameters;
        Handler = handler;
        Info = info;
        Docs = docs;
    }

    public Pallet Pallet { get; }

    public byte Index { get; }

    public string Name { get; }

    public IReadOnlyList<FieldDef> Parameters { get; }

    public CallHandler Handler { get; }

    public CallInfoFunction Info { get; }

    public IReadOnlyList<string> Docs { get; }

    /// <summary>A call with argument values in parameter order (CLR types as <see cref="ScaleValue"/> maps them).</summary>
    public RuntimeCall Create(params object?[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length != Parameters.Count)
        {
            throw new ArgumentException($"{this} takes {Parameters.Count} argument(s), got {args.Length}", nameof(args));
        }

        return new RuntimeCall(new CallArgs(this, args));
    }

    internal RuntimeCall FromDecoded(object?[] args) => new(new CallArgs(this, args));

    public override string ToString() => $"{Pallet.Name}.{Name}";
}
