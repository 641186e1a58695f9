/**
 * onMouseDown for a checkout button: keeping focus in the field stops its blur-time error from
 * pushing the button away between mousedown and click (which would swallow the click).
 */
export const keepFocus = (event: React.MouseEvent) => event.preventDefault();
