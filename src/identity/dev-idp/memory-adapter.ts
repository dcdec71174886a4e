import type { Adapter, AdapterFactory, AdapterPayload } from 'oidc-provider';

/**
 * The development provider's storage: in this process's memory, one store per provider, gone at
 * restart (a signed-in tester signs in again). Follows oidc-provider's adapter contract: expiry in
 * seconds, look-ups by session uid and user code, revocation of everything a grant issued.
 */
interface Entry {
  payload: AdapterPayload;
  expiresAt: number;
}

class Store {
  readonly entries = new Map<string, Entry>();
  readonly byUid = new Map<string, string>();
  readonly byUserCode = new Map<string, string>();
  readonly byGrant = new Map<string, Set<string>>();

  get(key: string): AdapterPayload | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    if (entry.expiresAt <= Date.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.payload;
  }

  /** Drops what has expired, so a long-running development server does not grow without end. */
  sweep(): void {
    const now = Date.now();
    for (const [key, entry] of this.entries) {
      if (entry.expiresAt <= now) this.entries.delete(key);
    }
  }
}

class MemoryAdapter implements Adapter {
  constructor(
    private readonly model: string,
    private readonly store: Store,
  ) {}

  private key(id: string): string {
    return `${this.model}:${id}`;
  }

  async upsert(id: string, payload: AdapterPayload, expiresIn?: number): Promise<void> {
    const key = this.key(id);
    const expiresAt = expiresIn === undefined ? Infinity : Date.now() + expiresIn * 1000;
    this.store.entries.set(key, { payload, expiresAt });
    if (typeof payload.uid === 'string') this.store.byUid.set(payload.uid, id);
    if (typeof payload.userCode === 'string') this.store.byUserCode.set(payload.userCode, id);
    if (typeof payload.grantId === 'string') {
      const members = this.store.byGrant.get(payload.grantId) ?? new Set<string>();
      members.add(key);
      this.store.byGrant.set(payload.grantId, members);
    }
    if (this.store.entries.size % 500 === 0) this.store.sweep();
  }

  async find(id: string): Promise<AdapterPayload | undefined> {
    return this.store.get(this.key(id));
  }

  async findByUid(uid: string): Promise<AdapterPayload | undefined> {
    const id = this.store.byUid.get(uid);
    return id === undefined ? undefined : this.find(id);
  }

  async findByUserCode(userCode: string): Promise<AdapterPayload | undefined> {
    const id = this.store.byUserCode.get(userCode);
    return id === undefined ? undefined : this.find(id);
  }

  async consume(id: string): Promise<void> {
    const payload = this.store.get(this.key(id));
    if (payload !== undefined) payload.consumed = Math.floor(Date.now() / 1000);
  }

  async destroy(id: string): Promise<void> {
    this.store.entries.delete(this.key(id));
  }

  async revokeByGrantId(grantId: string): Promise<void> {
    for (const key of this.store.byGrant.get(grantId) ?? []) this.store.entries.delete(key);
    this.store.byGrant.delete(grantId);
  }
}

export function memoryAdapter(): AdapterFactory {
  const store = new Store();
  return (model: string) => new MemoryAdapter(model, store);
}
