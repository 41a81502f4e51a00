using Bittensor.Runtime.Framework.Storage;

namespace Bittensor.Runtime.Framework;

/// <summary>
/// What a dispatch sees: the block's storage overlay, the events deposited so far, the block number and execution phase,
/// and the runtime (to dispatch nested calls). Transactions cover storage and events together, so a rolled-back call
/// leaves neither behind (FRAME's <c>with_storage_layer</c>, where events live in storage).
/// </summary>
public sealed class DispatchContext
{
    private readonly StorageOverlay _overlay;
    private readonly List<EventRecord> _events = [];
    private readonly Stack<int> _eventMarks = new();

    public DispatchContext(RuntimeDefinition runtime, StorageOverlay overlay)
    {
        Runtime = runtime ?? throw new ArgumentNullException(nameof(runtime));
        _overlay = overlay ?? throw new ArgumentNullException(nameof(overlay));
    }

    public RuntimeDefinition Runtime { get; }

    /// <summary>The state, as pallets read and write it.</summary>
    public IStorage Storage => _overlay;

    public StorageOverlay Overlay => _overlay;

    /// <summary>The number of the block being built or validated against.</summary>
    public uint BlockNumber { get; set; }

    /// <summary>The phase new events are recorded with.</summary>
    public Phase Phase { get; set; } = Phase.Initialization;

    /// <summary>False while building genesis: frame_system drops events at block 0.</summary>
    public bool RecordsEvents { get; set; } = true;

    public IReadOnlyList<EventRecord> Events => _events;

    public int TransactionDepth => _overlay.TransactionDepth;

    public void DepositEvent(RuntimeEvent runtimeEvent)
    {
        ArgumentNullException.ThrowIfNull(runtimeEvent);
        if (RecordsEvents)
        {
            _events.Add(new EventRecord(Phase, runtimeEvent, []));
        }
    }

    /// <summary>Forgets all events (frame_system reset_events at block start).</summary>
    public void ClearEvents()
    {
        if (_eventMarks.Count != 0)
        {
            throw new InvalidOperationException("cannot reset events inside a transaction");
        }

        _events.Clear();
    }

    public void BeginTransaction()
    {
        _overlay.BeginTransaction();
        _eventMarks.Push(_events.Count);
    }

    public void CommitTransaction()
    {
        _overlay.CommitTransaction();
        _eventMarks.Pop();
    }

    public void RollbackTransaction()
    {
        _overlay.RollbackTransaction();
        int mark = _eventMarks.Pop();
        _events.RemoveRange(mark, _events.Count - mark);
    }

    /// <summary>Dispatches <paramref name="call"/> in its own transactional layer (as every FRAME call is).</summary>
    public DispatchResult Dispatch(RuntimeCall call, Origin origin) => Runtime.Dispatch(this, call, origin);
}
