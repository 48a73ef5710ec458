/** An e-mail address as compared for erasure: trimmed, case folded (as JavaScript folds it, not only ASCII). */
export const emailKey = (email: string) => email.trim().toLowerCase();
