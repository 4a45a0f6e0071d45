/**
 * Memoisation per object, for the work a build would otherwise repeat on every page (the views of
 * the publications, the list of page ids, the sharing images' sources, lookups by id). A build
 * reads one content set, which nothing changes once it is checked, so a result computed from it
 * holds for the whole build. The cache hangs on the object itself (a WeakMap): a test's altered
 * copy of a set (structuredClone, a new array) is another object and gets its own results.
 * Callers must treat what they get as read-only: every caller gets the same object.
 */
export function memoPerObject<O extends object, R>(fn: (o: O) => R): (o: O) => R {
	const cache = new WeakMap<O, R>();
	return (o) => {
		if (cache.has(o)) return cache.get(o) as R;
		const r = fn(o);
		cache.set(o, r);
		return r;
	};
}

/** Like memoPerObject, for a function of an object and a string (an id, a language). */
export function memoPerObjectAndKey<O extends object, R>(fn: (o: O, key: string) => R): (o: O, key: string) => R {
	const cache = new WeakMap<O, Map<string, R>>();
	return (o, key) => {
		let byKey = cache.get(o);
		if (!byKey) cache.set(o, (byKey = new Map()));
		if (byKey.has(key)) return byKey.get(key) as R;
		const r = fn(o, key);
		byKey.set(key, r);
		return r;
	};
}

/**
 * Like memoPerObject, for an index of an array (entries by id, endpoints by publication): computed
 * again when the array's length has changed since (a test pushing into a copy of a collection).
 */
export function memoPerArray<T, R>(fn: (a: readonly T[]) => R): (a: readonly T[]) => R {
	const cache = new WeakMap<readonly T[], { length: number; result: R }>();
	return (a) => {
		const hit = cache.get(a);
		if (hit && hit.length === a.length) return hit.result;
		const result = fn(a);
		cache.set(a, { length: a.length, result });
		return result;
	};
}
