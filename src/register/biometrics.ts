import type { Db } from '../database.ts';
import type { Envelope } from '../platform/crypto/envelope.ts';
import { AppError } from '../platform/errors.ts';
import { imageInfo } from '../platform/images/image-info.ts';
import type { ChangeContext } from './change-context.ts';
import { registerErrors } from './errors.ts';
import { requireLivingPerson } from './guards.ts';
import * as history from './history-store.ts';
import * as store from './store.ts';

export type BiometricProcess =
  'identity_document' | 'driving_licence' | 'seafarer_document' | 'residence_permit';

export const MAX_IMAGE_BYTES = 2 * 1024 * 1024;

export interface CaptureInput {
  process: BiometricProcess;
  capturedAt: Date;
  facialImage: Buffer | null;
  fingerprints: { finger: number; impression: 'plain' | 'rolled'; quality: number }[];
}

/** The data a sealed image is bound to: an image moved to another row will not decrypt. */
export function imageContext(personId: number, capturedAt: Date): string {
  return `bdas-face:${personId}:${capturedAt.toISOString()}`;
}

/**
 * Captures biometrics into BDAS. BDAS keeps its own copy of the basic data, refreshed at each
 * capture from the register, so what it shows can lag behind the register.
 */
export async function captureBiometrics(
  trx: Db,
  envelope: Envelope,
  personId: number,
  input: CaptureInput,
  ctx: ChangeContext,
): Promise<{ changeSeq: number }> {
  if (input.facialImage === null && input.fingerprints.length === 0) {
    throw new AppError(registerErrors.biometrics_empty);
  }
  const fingers = input.fingerprints.map((f) => f.finger);
  if (new Set(fingers).size !== fingers.length) {
    throw new AppError(registerErrors.fingers_repeated, { field: 'fingerprints' });
  }
  const info = input.facialImage === null ? null : imageInfo(input.facialImage);
  if (input.facialImage !== null && (info === null || input.facialImage.length > MAX_IMAGE_BYTES)) {
    throw new AppError(registerErrors.image_invalid, { field: 'facialImage' });
  }
  const identity = await requireLivingPerson(trx, personId);
  const person = await store.findPersonById(trx, personId);
  const name = (await store.names(trx, personId)).at(-1);
  if (person === undefined || name === undefined)
    throw new AppError(registerErrors.person_not_found);
  const seq = await store.appendChange(trx, {
    personId,
    kind: 'biometric_capture',
    scopes: ['biometrics'],
    authority: ctx.authority,
    process: ctx.process,
  });
  const subject = {
    personal_code: person.personal_code,
    given_names: name.given_names,
    surname: name.surname,
    birth_date: identity.birth_date,
    sex: identity.sex,
    enrolled_at: input.capturedAt,
  };
  await history.upsertBdasSubject(trx, personId, subject);
  if (input.facialImage !== null && info !== null) {
    const sealed = envelope.seal(input.facialImage, imageContext(personId, input.capturedAt));
    await history.insertBdasFacialImages(trx, {
      person_id: personId,
      captured_at: input.capturedAt,
      authority: ctx.authority,
      process: input.process,
      content_type: info.contentType,
      width: info.width,
      height: info.height,
      key_id: sealed.keyId,
      wrapped_key: sealed.wrappedKey,
      iv: sealed.iv,
      auth_tag: sealed.authTag,
      ciphertext: sealed.ciphertext,
      change_seq: seq,
    });
  }
  if (input.fingerprints.length > 0) {
    await history.insertBdasFingerprints(
      trx,
      input.fingerprints.map((f) => ({
        person_id: personId,
        finger: f.finger,
        impression: f.impression,
        quality: f.quality,
        captured_at: input.capturedAt,
        authority: ctx.authority,
        process: input.process,
        change_seq: seq,
      })),
    );
  }
  return { changeSeq: seq };
}

export interface BdasRecord {
  basic: {
    personalCode: string;
    givenNames: string;
    surname: string;
    birthDate: string;
    sex: string;
  };
  facialImages: {
    id: number;
    capturedAt: Date;
    authority: string;
    process: string;
    width: number;
    height: number;
  }[];
  fingerprints: {
    finger: number;
    impression: string;
    quality: number;
    capturedAt: Date;
    authority: string;
    process: string;
  }[];
}

/** What BDAS holds about a person, without image bytes; null when it holds nothing. */
export async function readBdasRecord(trx: Db, personId: number): Promise<BdasRecord | null> {
  const subject = await trx
    .selectFrom('bdas_subjects')
    .selectAll()
    .where('person_id', '=', personId)
    .executeTakeFirst();
  if (subject === undefined) return null;
  const images = await trx
    .selectFrom('bdas_facial_images')
    .select(['id', 'captured_at', 'authority', 'process', 'width', 'height'])
    .where('person_id', '=', personId)
    .orderBy('captured_at', 'desc')
    .execute();
  const prints = await trx
    .selectFrom('bdas_fingerprints')
    .select(['finger', 'impression', 'quality', 'captured_at', 'authority', 'process'])
    .where('person_id', '=', personId)
    .orderBy('captured_at', 'desc')
    .orderBy('finger')
    .execute();
  return {
    basic: {
      personalCode: subject.personal_code,
      givenNames: subject.given_names,
      surname: subject.surname,
      birthDate: subject.birth_date,
      sex: subject.sex,
    },
    facialImages: images.map((i) => ({
      id: i.id,
      capturedAt: i.captured_at,
      authority: i.authority,
      process: i.process,
      width: i.width,
      height: i.height,
    })),
    fingerprints: prints.map((p) => ({
      finger: p.finger,
      impression: p.impression,
      quality: p.quality,
      capturedAt: p.captured_at,
      authority: p.authority,
      process: p.process,
    })),
  };
}

/** Decrypts one facial image of the person; null if the person has no such image. */
export async function readFacialImage(
  trx: Db,
  envelope: Envelope,
  personId: number,
  imageId: number,
): Promise<{ contentType: string; bytes: Buffer } | null> {
  const row = await trx
    .selectFrom('bdas_facial_images')
    .selectAll()
    .where('id', '=', imageId)
    .where('person_id', '=', personId)
    .executeTakeFirst();
  if (row === undefined) return null;
  const bytes = envelope.open(
    {
      keyId: row.key_id,
      wrappedKey: row.wrapped_key,
      iv: row.iv,
      authTag: row.auth_tag,
      ciphertext: row.ciphertext,
    },
    imageContext(personId, row.captured_at),
  );
  return { contentType: row.content_type, bytes };
}
