'use strict';
// The async context shared by timers, nextTick, queueMicrotask, AsyncResource and
// AsyncLocalStorage (lib/async_hooks.js):
// - the frame: an immutable Map from AsyncLocalStorage instances to their stores. V8 hands it
//   on to every promise reaction from where the reaction was made (src/async_wrap.c); the JS
//   queues capture it where a callback is scheduled and restore it around the callback, and
//   src/env.c does the same for the callbacks of handles and requests.
// - the execution ids: the async id, trigger id and resource of the callback running now, as
//   Node numbers them (1 is the main script; 0 outside any callback).

const { getFrame, setFrame } = internalBinding('async_wrap');

// Until a frame is first set, every frame is undefined and nothing needs capturing: a program
// without AsyncLocalStorage pays one test per scheduled callback.
let frameInUse = false;

function captureFrame() {
  return frameInUse ? getFrame() : undefined;
}

// Makes `frame` current and returns the one it replaced, for restoreFrame().
function enterFrame(frame) {
  if (!frameInUse) {
    if (frame === undefined) return undefined;
    frameInUse = true;
  }
  const prev = getFrame();
  setFrame(frame);
  return prev;
}

function restoreFrame(prev) {
  if (frameInUse) setFrame(prev);
}

// -- ids --
const async_id_symbol = Symbol('async_id_symbol');
const trigger_async_id_symbol = Symbol('trigger_async_id_symbol');
// A resource's frame, when one was current where it was made (Node names it so too).
const frame_symbol = Symbol('kResourceStore');

const topLevelResource = {};
let lastAsyncId = 1;
let currentId = 1;
let currentTriggerId = 0;
let currentResource = topLevelResource;

// The contexts entered and not yet left: [id, triggerId, resource] per level.
const stack = [];

function newAsyncId() {
  return ++lastAsyncId;
}

function getDefaultTriggerAsyncId() {
  return currentId;
}

// Gives a resource made now its ids (the id of the running callback is its trigger).
function initAsyncResource(resource) {
  resource[async_id_symbol] = ++lastAsyncId;
  resource[trigger_async_id_symbol] = currentId;
  const frame = captureFrame();
  if (frame !== undefined) resource[frame_symbol] = frame;
}

function enterScope(id, triggerId, resource) {
  stack.push(currentId, currentTriggerId, currentResource);
  currentId = id;
  currentTriggerId = triggerId;
  currentResource = resource;
}

function exitScope() {
  currentResource = stack.pop();
  currentTriggerId = stack.pop();
  currentId = stack.pop();
}

// The main script has run: what runs from now on comes from the loop.
function leaveTopLevel() {
  if (stack.length !== 0) return;
  currentId = 0;
  currentTriggerId = 0;
}

function executionAsyncId() {
  return currentId;
}

function triggerAsyncId() {
  return currentTriggerId;
}

function executionAsyncResource() {
  return currentResource;
}

module.exports = {
  captureFrame,
  enterFrame,
  restoreFrame,
  async_id_symbol,
  trigger_async_id_symbol,
  frame_symbol,
  newAsyncId,
  getDefaultTriggerAsyncId,
  initAsyncResource,
  enterScope,
  exitScope,
  leaveTopLevel,
  executionAsyncId,
  triggerAsyncId,
  executionAsyncResource,
  topLevelResource,
};
